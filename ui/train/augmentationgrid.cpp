#include "train/augmentationgrid.h"

#include "imaging/augmentationpreview.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace picta {

namespace {
constexpr int kImages = 4;
constexpr int kVariants = 6;
constexpr int kTile = 112;
} // namespace

AugmentationGrid::AugmentationGrid(QWidget* parent)
    : QWidget(parent)
{
    m_button = new QPushButton(tr("Show &augmented samples"), this);
    m_button->setObjectName(QStringLiteral("showAugmented"));
    connect(m_button, &QPushButton::clicked, this, &AugmentationGrid::refresh);
    m_message = new QLabel(tr("With augmentation on, every epoch shows the network a new random crop, flip, small "
                              "rotation and lighting change of each image. Each row is one image, drawn %n time(s).",
                              nullptr, kVariants),
                           this);
    m_message->setWordWrap(true);
    m_tiles = new QWidget(this);
    m_grid = new QGridLayout(m_tiles);
    m_grid->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_tiles);
    layout->addStretch(1);
}

void AugmentationGrid::setProject(const QString& projectDir)
{
    m_projectDir = projectDir;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

int AugmentationGrid::tileCount() const
{
    return m_grid->count();
}

void AugmentationGrid::refresh()
{
    if (m_projectDir.isEmpty())
        return;
    m_button->setEnabled(false);
    using Result = Expected<QVector<RawImage>>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_button->setEnabled(true);
        const Result result = watcher->result();
        setProject(m_projectDir); // clears the tiles
        if (!result) {
            m_message->setText(result.error());
            return;
        }
        const QVector<RawImage>& images = result.value();
        for (int i = 0; i < images.size(); ++i) {
            const RawImage& raw = images[i];
            const QImage image(reinterpret_cast<const uchar*>(raw.data.constData()), raw.width, raw.height, raw.bytesPerLine,
                               QImage::Format_RGB888);
            auto* tile = new QLabel(m_tiles);
            // Small inputs (28 px) are enlarged without smoothing: the pixels are what the model sees.
            tile->setPixmap(QPixmap::fromImage(image.scaled(kTile, kTile, Qt::KeepAspectRatio,
                                                            raw.width < kTile / 2 ? Qt::FastTransformation : Qt::SmoothTransformation)));
            m_grid->addWidget(tile, i / kVariants, i % kVariants);
        }
        Q_EMIT refreshed();
    });
    const QString dir = m_projectDir;
    const quint64 seed = m_seed++;
    watcher->setFuture(QtConcurrent::run([dir, seed] { return AugmentationPreview::make(dir, 0, kImages, kVariants, seed); }));
}

} // namespace picta
