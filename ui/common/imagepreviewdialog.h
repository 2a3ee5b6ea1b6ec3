#pragma once

#include <QDialog>

namespace picta {

/// The image large, with its pixel size, format, file size, class, and the source and licence
/// that sources.csv records for it (scraped and imported files).
class ImagePreviewDialog : public QDialog {
    Q_OBJECT

public:
    ImagePreviewDialog(const QString& projectRoot, const QString& path, const QString& className, QWidget* parent = nullptr);
};

} // namespace picta
