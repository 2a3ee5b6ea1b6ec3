#include "preferencesdialog.h"

#include "support/translations.h"
#include "zoo/zoo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace picta {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_loaded(AppSettings::load())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto& [code, name] : Translations::languages())
        m_language->addItem(name, code);

    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("Automatic (one per core)"));
    m_threads->setToolTip(tr("How many processor threads training and classifying use. Automatic uses one per physical "
                             "core: more only slows the work down."));

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(tr("Automatic (graphics card when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("Processor (CPU)"), QStringLiteral("cpu"));
    m_device->addItem(tr("Graphics card (CUDA)"), QStringLiteral("cuda"));
    if (!AppSettings::cudaAvailable()) {
        // Shown but not selectable, so the user learns the option exists and why it is off.
        if (auto* model = qobject_cast<QStandardItemModel*>(m_device->model()))
            model->item(2)->setEnabled(false);
        m_device->setItemData(2, tr("This build of Picta or this computer has no CUDA graphics card."), Qt::ToolTipRole);
    }

    m_cacheFolder = new QLineEdit(this);
    m_cacheFolder->setObjectName(QStringLiteral("cacheFolder"));
    m_cacheFolder->setPlaceholderText(QDir::toNativeSeparators(AppSettings::defaultCacheRoot()));
    m_cacheFolder->setToolTip(tr("Downloaded ImageNet weights and the decoded images of folders Picta may not write into. "
                                 "Empty: the system's cache folder."));
    auto* browseCache = new QPushButton(tr("&Browse…"), this);
    connect(browseCache, &QPushButton::clicked, this, [this] { chooseFolder(m_cacheFolder, tr("Cache folder")); });
    m_cacheSize = new QLabel(this);
    m_cacheSize->setObjectName(QStringLiteral("cacheSize"));
    m_clearCache = new QPushButton(tr("C&lear cache"), this);
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    m_clearCache->setToolTip(tr("Removes downloaded weights and decoded images; Picta downloads and decodes them again when needed."));
    connect(m_clearCache, &QPushButton::clicked, this, &PreferencesDialog::clearCache);

    m_mirror = new QLineEdit(this);
    m_mirror->setObjectName(QStringLiteral("mirror"));
    m_mirror->setPlaceholderText(Zoo::defaultBase());
    m_mirror->setToolTip(tr("Where ImageNet weights are downloaded from: the Hugging Face Hub, or a mirror of it "
                            "(for example one inside a school network)."));

    m_projectsFolder = new QLineEdit(this);
    m_projectsFolder->setObjectName(QStringLiteral("projectsFolder"));
    // The placeholder is what an empty field means: the default, not the saved folder.
    m_projectsFolder->setPlaceholderText(QDir::toNativeSeparators(AppSettings::defaultProjectsRoot()));
    auto* browseProjects = new QPushButton(tr("Bro&wse…"), this);
    connect(browseProjects, &QPushButton::clicked, this, [this] { chooseFolder(m_projectsFolder, tr("Folder for new projects")); });

    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheFolder, 1);
    cacheRow->addWidget(browseCache);
    auto* cacheUse = new QHBoxLayout;
    cacheUse->addWidget(m_cacheSize, 1);
    cacheUse->addWidget(m_clearCache);
    auto* projectsRow = new QHBoxLayout;
    projectsRow->addWidget(m_projectsFolder, 1);
    projectsRow->addWidget(browseProjects);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language shows when Picta starts again."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("&Device:"), m_device);
    // Rows whose field is a layout get no buddy from QFormLayout: without one the & would show.
    auto* cacheLabel = new QLabel(tr("&Cache folder:"), this);
    cacheLabel->setBuddy(m_cacheFolder);
    form->addRow(cacheLabel, cacheRow);
    form->addRow(QString(), cacheUse);
    form->addRow(tr("Weights &mirror:"), m_mirror);
    auto* projectsLabel = new QLabel(tr("New &projects in:"), this);
    projectsLabel->setBuddy(m_projectsFolder);
    form->addRow(projectsLabel, projectsRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { setValues(AppSettings()); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setValues(m_loaded);
    m_shownLanguage = m_language->currentData().toString();
    measureCache();
    connect(m_cacheFolder, &QLineEdit::editingFinished, this, &PreferencesDialog::measureCache);
}

void PreferencesDialog::setValues(const AppSettings& values)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_threads->setValue(values.threads);
    const int device = m_device->findData(values.device);
    m_device->setCurrentIndex(device < 0 || (device == 2 && !AppSettings::cudaAvailable()) ? 0 : device);
    m_cacheFolder->setText(QDir::toNativeSeparators(values.cacheFolder));
    m_mirror->setText(values.weightsMirror);
    m_projectsFolder->setText(QDir::toNativeSeparators(values.projectsFolder));
}

AppSettings PreferencesDialog::values() const
{
    AppSettings v;
    v.language = m_language->currentData().toString();
    v.threads = m_threads->value();
    v.device = m_device->currentData().toString();
    v.cacheFolder = folderIn(m_cacheFolder);
    v.weightsMirror = m_mirror->text().trimmed();
    v.projectsFolder = folderIn(m_projectsFolder);
    return v;
}

void PreferencesDialog::accept()
{
    const AppSettings v = values();
    if (!v.weightsMirror.isEmpty()) {
        const QUrl url(v.weightsMirror, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
            showError(tr("The weights mirror must be a web address such as https://huggingface.co."));
            m_mirror->setFocus();
            return;
        }
    }
    for (QLineEdit* field : {m_cacheFolder, m_projectsFolder}) {
        const QString path = folderIn(field);
        if (path.isEmpty())
            continue;
        // Both programs read the file from different working folders: only a full path means one place.
        if (QDir::isRelativePath(path)) {
            showError(tr("Write the folder's full path (for example %1).").arg(QDir::toNativeSeparators(QDir::homePath() + "/…")));
            field->setFocus();
            return;
        }
        if (!QDir().mkpath(path) || !QFileInfo(path).isWritable()) {
            showError(tr("The folder %1 cannot be created or written to.").arg(QDir::toNativeSeparators(path)));
            field->setFocus();
            return;
        }
    }
    m_languageChanged = v.language != m_shownLanguage; // an unknown code shown as "System language" is no change
    if (!v.save()) {
        showError(tr("The preferences cannot be saved in %1 (read-only?).").arg(QDir::toNativeSeparators(AppSettings::filePath())));
        return;
    }
    v.applyToEngine();
    QDialog::accept();
}

void PreferencesDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

QString PreferencesDialog::folderIn(const QLineEdit* field)
{
    QString path = QDir::fromNativeSeparators(field->text().trimmed());
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1); // as a shell would: not a folder named "~"
    return path.isEmpty() || QDir::isRelativePath(path) ? path : QDir::cleanPath(path);
}

void PreferencesDialog::measureCache()
{
    m_cacheJob.cancel();
    const int generation = ++m_measurement; // a late answer for a folder no longer shown is dropped
    m_cacheSize->setText(tr("Measuring the cache…"));
    m_clearCache->setEnabled(false);
    // The size of what the folder in the field holds, not the saved one: measured off the GUI thread.
    const QString folder = folderIn(m_cacheFolder);
    m_cacheJob = startJob(
        this, [folder](const JobContext&) { return AppSettings::cacheBytes(AppSettings::cacheRootFor(folder)); },
        [this, generation](qint64 bytes) {
            if (generation != m_measurement)
                return;
            m_cacheSize->setText(tr("In use: %1").arg(QLocale().formattedDataSize(bytes)));
            m_clearCache->setEnabled(bytes > 0);
        });
}

void PreferencesDialog::clearCache()
{
    const QString root = AppSettings::cacheRootFor(folderIn(m_cacheFolder));
    if (QMessageBox::question(this, tr("Clear cache"),
                              tr("Remove the downloaded weights and decoded images in %1? Picta downloads and decodes them "
                                 "again when they are needed.")
                                  .arg(QDir::toNativeSeparators(root)))
        != QMessageBox::Yes)
        return;
    const QString error = AppSettings::clearCache(root);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Clear cache"), error);
    measureCache();
}

void PreferencesDialog::chooseFolder(QLineEdit* field, const QString& title)
{
    const QString start = field->text().isEmpty() ? field->placeholderText() : field->text();
    const QString dir = QFileDialog::getExistingDirectory(this, title, start);
    if (dir.isEmpty())
        return;
    field->setText(QDir::toNativeSeparators(dir));
    if (field == m_cacheFolder)
        measureCache();
}

} // namespace picta
