#include "common/imagepreviewdialog.h"

#include "project/provenancelog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

namespace picta {

ImagePreviewDialog::ImagePreviewDialog(const QString& projectRoot, const QString& path, const QString& className, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(QFileInfo(path).fileName());
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QImage image = reader.read();
    auto* picture = new QLabel(this);
    picture->setAlignment(Qt::AlignCenter);
    if (image.isNull()) {
        picture->setText(tr("This file cannot be shown: %1").arg(reader.errorString()));
    } else {
        const QSize room = screen() ? screen()->availableSize() * 0.7 : QSize(800, 600);
        QPixmap pixmap = QPixmap::fromImage(image);
        // Small images (28×28) are magnified without smoothing, so their pixels stay visible.
        const QSize target
            = image.size().scaled(room.boundedTo(QSize(std::max(image.width(), 512), std::max(image.height(), 512))), Qt::KeepAspectRatio);
        pixmap = pixmap.scaled(target, Qt::KeepAspectRatio, image.width() < 256 ? Qt::FastTransformation : Qt::SmoothTransformation);
        picture->setPixmap(pixmap);
    }
    const QFileInfo info(path);
    const ProvenanceRow source = ProvenanceLog(projectRoot).find(QDir(projectRoot).relativeFilePath(path));
    auto* details = new QFormLayout;
    details->addRow(tr("Class:"), new QLabel(className, this));
    details->addRow(tr("Size:"),
                    new QLabel(image.isNull() ? tr("unknown") : tr("%1 × %2 pixels").arg(image.width()).arg(image.height()), this));
    details->addRow(tr("Format:"), new QLabel(QString::fromLatin1(format).toUpper(), this));
    details->addRow(tr("File:"),
                    new QLabel(tr("%1, %2").arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(info.size())), this));
    details->addRow(tr("Source:"), new QLabel(source.file.isEmpty() ? tr("not recorded") : source.url, this));
    details->addRow(tr("Licence:"),
                    new QLabel(source.file.isEmpty()          ? tr("not recorded")
                                   : source.license.isEmpty() ? tr("unknown")
                                                              : source.license,
                               this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(picture, 1);
    layout->addLayout(details);
    layout->addWidget(buttons);
}

} // namespace picta
