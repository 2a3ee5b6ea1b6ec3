#include "camera/videoimportdialog.h"

#include "capture/videoframeimporter.h"
#include "document/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace picta {

VideoImportDialog::VideoImportDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Import frames from a video"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("videoPath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a video"), QString(), tr("Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_everyChoice = new QRadioButton(tr("One frame &every"), this);
    m_every = new QDoubleSpinBox(this);
    m_every->setRange(0.1, 3600);
    m_every->setDecimals(1);
    m_every->setValue(2);
    m_every->setSuffix(tr(" s"));
    m_scenesChoice = new QRadioButton(tr("One frame at each &scene change"), this);
    m_scenesChoice->setToolTip(tr("A frame is kept when the picture differs clearly from the last one kept"));
    m_everyChoice->setChecked(true);
    connect(m_everyChoice, &QRadioButton::toggled, m_every, &QWidget::setEnabled);
    auto* everyRow = new QHBoxLayout;
    everyRow->addWidget(m_everyChoice);
    everyRow->addWidget(m_every);
    everyRow->addStretch(1);

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("videoClass"));
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_class->addItem(QString());
    m_class->addItems(m_document->classes());
    m_class->setToolTip(tr("Leave empty to put the frames into Unlabelled and sort them on the Dataset tab"));
    m_skipAlike = new QCheckBox(tr("&Leave out frames that look like one already kept"), this);
    m_skipAlike->setChecked(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("videoProgress"));
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("videoStatus"));
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    QPushButton* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("import"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(import, &QPushButton::clicked, this, &VideoImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VideoImportDialog::reject);

    auto* form = new QFormLayout;
    auto* videoLabel = new QLabel(tr("&Video:"), this);
    videoLabel->setBuddy(m_path);
    form->addRow(videoLabel, fileRow);
    form->addRow(tr("Frames:"), everyRow);
    form->addRow(QString(), m_scenesChoice);
    form->addRow(tr("Into &class:"), m_class);
    form->addRow(QString(), m_skipAlike);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, 300);
}

VideoImportDialog::~VideoImportDialog()
{
    m_job.cancel();
}

void VideoImportDialog::setVideo(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void VideoImportDialog::setEverySeconds(double seconds)
{
    m_everyChoice->setChecked(true);
    m_every->setValue(seconds);
}

void VideoImportDialog::setScenes(bool scenes)
{
    (scenes ? m_scenesChoice : m_everyChoice)->setChecked(true);
}

void VideoImportDialog::setClass(const QString& className)
{
    m_class->setCurrentText(className);
}

QString VideoImportDialog::result() const
{
    return m_status->text();
}

void VideoImportDialog::startImport()
{
    if (m_job.isRunning())
        return;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a video file first."));
        return;
    }
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        m_status->setText(tr("Open a project you can write to first: the frames are imported into it."));
        return;
    }
    VideoFrameImporter::Options options;
    options.scenes = m_scenesChoice->isChecked();
    options.everySeconds = options.scenes ? 0 : m_every->value();
    options.intoClass = m_class->currentText().trimmed();
    options.skipNearDuplicates = m_skipAlike->isChecked();
    const QString root = m_document->rootDir();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("S&top"));
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
    m_timer.start();
    // Progress comes in tenths of a second of video.
    m_job = startJob(
        this,
        [root, options, path](const JobContext& job) {
            return VideoFrameImporter(root, options)
                .importVideo(
                    path, [&job](double done, double total) { job.setProgress(int(done * 10), int(std::max(done, total) * 10)); },
                    job.cancelFlag());
        },
        [this](const VideoImportReport& report) { showReport(report); },
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            const double elapsed = m_timer.elapsed() / 1000.0;
            if (done > 0 && total > done && elapsed > 1) {
                const int left = int(std::ceil(elapsed * (total - done) / done));
                m_status->setText(tr("%1 s of %2 s of video read; about %n second(s) left", nullptr, left)
                                      .arg(QLocale().toString(done / 10.0, 'f', 1))
                                      .arg(QLocale().toString(total / 10.0, 'f', 1)));
            }
        });
}

void VideoImportDialog::showReport(const VideoImportReport& report)
{
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(true);
    m_document->rescan();
    if (!report.error.isEmpty()) {
        m_status->setText(report.error);
        Q_EMIT finishedImport(0);
        return;
    }
    QString text = tr("%n frame(s) imported", nullptr, report.import.imported);
    if (report.nearDuplicates > 0)
        text += tr("; %n left out because they looked like one already kept", nullptr, report.nearDuplicates);
    if (report.import.cancelled)
        text += tr("; stopped at %1 s").arg(QLocale().toString(report.secondsRead, 'f', 1));
    text += QLatin1Char('.');
    if (!report.truncated.isEmpty())
        text += QLatin1Char('\n') + report.truncated;
    else if (!report.import.skipped.isEmpty())
        text += QLatin1Char('\n') + report.import.skipped.last().reason;
    m_status->setText(text);
    Q_EMIT finishedImport(report.import.imported);
}

void VideoImportDialog::reject()
{
    if (m_job.isRunning()) {
        m_job.cancel(); // the report comes back with what was imported up to here
        return;
    }
    QDialog::reject();
}

} // namespace picta
