#pragma once

#include "common/backgroundjob.h"
#include "scraping/scraper.h"

#include <QHash>
#include <QUrl>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace picta {

class NewClassifierWizard;
class ScrapeController;
class ThumbnailCache;

/// Wizard step 2, "Collect examples, class by class": for the class chosen on the left, search
/// the web (the scraping engine; the class name as the term, editable; source, licence filter and
/// count), import a folder or zip, drop or paste pictures, or draw. Live counts per class and a
/// strip of the class's newest pictures; Next waits until every class has kFewest pictures and says
/// why, and warns below kEnough. Web searches queue and keep running while the user moves on to
/// the next class (and to the next pages).
class CollectPage : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int kFewest = 10;
    static constexpr int kEnough = 50;

    explicit CollectPage(NewClassifierWizard* wizard);
    ~CollectPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// The class being collected for (its row on the left).
    QString currentClass() const;
    void selectClass(const QString& name);
    /// Queues a web search for the current class with the fields as set (the Search button).
    void searchWeb();
    /// Adds a folder's images, or a zip archive's, to the current class, in the background.
    void importInto(const QString& source);
    /// Adds image files (dropped) or an image (pasted) to the current class.
    void addFiles(const QStringList& paths);
    void paste();
    void setSearchTerm(const QString& term);
    void setSearchCount(int count);
    /// Tests: the image API's scheme, host and port, and no rate limit to wait for.
    void setApiBase(const QUrl& base) { m_apiBase = base; }
    void setRequestsPerMinute(int n) { m_perMinute = n; }
    bool isBusy() const;
    QString guidance() const;
    QString status() const;
    QListWidget* strip() const { return m_strip; }

Q_SIGNALS:
    /// Nothing queued or running any more.
    void idle();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refreshCounts();
    void refreshStrip();
    void startNextSearch();
    void onScrapeFinished(const ScrapeReport& report);
    void drawForClass();
    void recordForClass();

    NewClassifierWizard* m_wizard;
    QListWidget* m_classList;
    QLabel* m_heading;
    QLineEdit* m_term;
    QComboBox* m_source;
    QComboBox* m_license;
    QSpinBox* m_count;
    QPushButton* m_search;
    QPushButton* m_import;
    QPushButton* m_draw;
    QPushButton* m_camera = nullptr;
    QListWidget* m_strip;
    QLabel* m_guidance;
    QLabel* m_status;
    ThumbnailCache* m_thumbnails;
    ScrapeController* m_scraper;
    QList<ScrapeOptions> m_queue;
    QString m_searching;             ///< class of the running search
    QStringList m_notes;             ///< what the last searches and imports did
    QHash<QString, QString> m_terms; ///< class → search term as edited
    JobHandle m_importJob;
    QUrl m_apiBase;
    int m_perMinute = 0;
};

} // namespace picta
