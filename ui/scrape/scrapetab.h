#pragma once

#include "scraping/scraper.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace picta {

class ProjectDocument;
class ScrapeController;
class ThumbnailCache;

/// Collect labelled images for search terms from open image APIs: terms (each a class, the name
/// editable), source, images per term, minimum size and licence filter; Start, Stop and Resume;
/// a progress bar per term and overall with found, downloaded, duplicate and failed counts;
/// thumbnails as images land; a log of failures with their reasons. The work runs on its own
/// thread (ScrapeController).
class ScrapeTab : public QWidget {
    Q_OBJECT

public:
    explicit ScrapeTab(ProjectDocument* document, QWidget* parent = nullptr);

    /// Adds a term (and its class name, the term when empty) to the list.
    void addTerm(const QString& term, const QString& className = QString());
    ScrapeOptions options() const;
    void setApiBase(const QUrl& base) { m_apiBase = base; }
    void setRequestsPerMinute(int perMinute) { m_perMinute = perMinute; }
    QListWidget* thumbnails() const { return m_thumbnails; }
    QString log() const;
    bool isRunning() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void finished(const picta::ScrapeReport& report);
    void statusMessage(const QString& message);

private:
    void buildUi();
    void onProgress(const TermProgress& p);
    void onImage(const QString& path, const QString& className);
    void onFinished(const ScrapeReport& report);
    void updateOverall();
    void updateSourceUi();

    ProjectDocument* m_document;
    ScrapeController* m_controller = nullptr;
    QTableWidget* m_terms = nullptr;
    QComboBox* m_source = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_minSide = nullptr;
    QComboBox* m_license = nullptr;
    QLineEdit* m_urlsFile = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_overall = nullptr;
    QLabel* m_counts = nullptr;
    QListWidget* m_thumbnails = nullptr;
    ThumbnailCache* m_thumbnailCache;
    QHash<QString, QListWidgetItem*> m_items; ///< thumbnails by image path
    QPlainTextEdit* m_log = nullptr;
    QHash<QString, TermProgress> m_progress;
    QUrl m_apiBase;
    int m_perMinute = 0;
};

} // namespace picta
