#pragma once

#include <QWidget>

class QListWidget;

namespace picta {

/// What the first start shows instead of an empty tab: *New classifier…*, the two demos, *Open a
/// project or a folder of images…*, and the recent projects.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentProjects(const QStringList& dirs);
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void newClassifierRequested();
    void demoRequested();
    void sketchDemoRequested();
    void openRequested();
    void recentRequested(const QString& dir);

private:
    QListWidget* m_recent;
};

} // namespace picta
