#pragma once

#include "backgroundjob.h"
#include "support/appsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace picta {

/// Edit ▸ Preferences…: the settings both programs share (core's AppSettings): language, threads,
/// device, the cache folder with its size and *Clear cache*, the weights mirror, the folder new
/// projects go in. OK saves and applies threads and device to the next training at once; the
/// language applies when Picta starts again (Qt cannot re-translate widgets already built).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    /// The values the fields show.
    AppSettings values() const;
    /// Whether the last accept() changed the language (the caller offers a restart).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void setValues(const AppSettings& values);
    void measureCache();
    void clearCache();
    void chooseFolder(QLineEdit* field, const QString& title);
    void showError(const QString& message);
    /// A folder field's path: "~" expanded, cleaned; empty for the default.
    static QString folderIn(const QLineEdit* field);

    AppSettings m_loaded;
    QComboBox* m_language = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QLineEdit* m_cacheFolder = nullptr;
    QLabel* m_cacheSize = nullptr;
    QPushButton* m_clearCache = nullptr;
    QLineEdit* m_mirror = nullptr;
    QLineEdit* m_projectsFolder = nullptr;
    QLabel* m_error = nullptr;
    JobHandle m_cacheJob;
    bool m_languageChanged = false;
    int m_measurement = 0;
    QString m_shownLanguage;
};

} // namespace picta
