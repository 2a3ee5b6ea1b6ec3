#pragma once

#include "project/project.h"
#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

/// Reads Debian's dataset-fashion-mnist (idx.gz files) and writes it out as a Picta project of PNG
/// files, one folder per class. The built-in demo project is made this way.
class FashionMnist {
    Q_DECLARE_TR_FUNCTIONS(FashionMnist)

public:
    struct Images {
        int count = 0;
        int rows = 0;
        int cols = 0;
        QByteArray pixels; ///< count × rows × cols bytes, white object on black
        QByteArray labels; ///< count bytes, 0–9
    };

    struct ExportOptions {
        QString outDir;
        QString projectName;
        QVector<int> classes;                 ///< indices into classNames(); empty means all ten
        int perClass = 0;                     ///< images per class; 0 means all there are
        bool fromTestSet = false;             ///< take the images from the test set instead
        bool useTestSetForValidation = false; ///< training set for training, test set for validation
        double validationFraction = 0.2;
    };

    /// /usr/share/datasets/fashion-mnist, or $PICTA_FASHION_MNIST_DIR when set.
    static QString dataDirectory();
    static QStringList classNames();
    static Expected<Images> read(const QString& dir, bool testSet);

    using Progress = std::function<void(int done, int total)>;
    static Expected<Project> exportProject(const ExportOptions& options, const Progress& progress = {},
                                           const std::atomic_bool* cancel = nullptr);
    /// The demo: T-shirt, Trouser, Sneaker and Bag, 300 training and 100 validation images each.
    static Expected<Project> createDemo(const QString& outDir, const Progress& progress = {});
};

} // namespace picta
