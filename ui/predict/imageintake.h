#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QMimeData;
class QTemporaryDir;

namespace picta {

/// Turns what a user hands the Predict tab into local image files: file addresses pass through,
/// a clipboard image is saved as a PNG, and web addresses (images dragged from a browser) are
/// downloaded (50 MiB at most each) into a temporary folder that lives as long as this object.
/// Files arrive through filesReady(), each download's as it lands.
class ImageIntake : public QObject {
    Q_OBJECT

public:
    explicit ImageIntake(QObject* parent = nullptr);
    ~ImageIntake() override;

    /// A drop or the clipboard: its image, its addresses, or addresses written as text (one a line).
    void take(const QMimeData* mime, bool acceptImage);
    /// Downloads http(s) addresses; anything else is refused with a message.
    void fetch(const QList<QUrl>& urls);
    /// The image files among `paths`, folders searched through; what is not an image is named
    /// in `refused` with the reason.
    static QStringList imageFiles(const QStringList& paths, QStringList* refused);

Q_SIGNALS:
    void filesReady(const QStringList& paths);
    void problem(const QString& message);
    void statusMessage(const QString& message);

private:
    QString temporaryDir();

    std::unique_ptr<QTemporaryDir> m_temporary;
    int m_taken = 0;
};

} // namespace picta
