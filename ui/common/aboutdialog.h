#pragma once

#include <QDialog>

namespace picta {

/// Help ▸ About Picta: the version (CMake's project version, as `--version` prints it), the
/// licence, and every library in use with its version and licence.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// The rich text shown (for tests).
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace picta
