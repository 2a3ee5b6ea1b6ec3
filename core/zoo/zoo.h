#pragma once

#include "support/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace picta {

/// One pretrained backbone on the Hugging Face Hub.
struct ZooEntry {
    QString arch;    ///< Picta's architecture name
    QString modelId; ///< timm's, e.g. resnet18.a1_in1k
};

/// The catalogue of pretrained backbones and where their weights come from:
/// <base>/timm/<model-id>/resolve/main/model.safetensors, cached under the user's cache folder.
/// The base is https://huggingface.co unless a mirror is named (argument, $PICTA_ZOO_BASE, Preferences).
class Zoo {
    Q_DECLARE_TR_FUNCTIONS(Zoo)

public:
    static const QVector<ZooEntry>& entries();
    /// The Hugging Face Hub, where the weights come from when no mirror is named.
    static QString defaultBase();
    /// By architecture (resnet18) or model id (resnet18.a1_in1k).
    static std::optional<ZooEntry> find(const QString& name);
    static QString base(const QString& override = {});
    static QUrl url(const ZooEntry& entry, const QString& base);
    /// $PICTA_CACHE_DIR or the standard cache location, then zoo/<model-id>.safetensors.
    static QString cachePath(const ZooEntry& entry);

    using Progress = std::function<void(qint64 received, qint64 total)>;
    /// `pretrained` is a safetensors file or a catalogue name; a name is downloaded into the cache
    /// unless it is there already (setting `*cancel` stops the download; the next call resumes it).
    /// Returns the file to load.
    static Expected<QString> resolve(const QString& pretrained, const QString& base = {}, const Progress& progress = {},
                                     const std::atomic_bool* cancel = nullptr);
};

} // namespace picta
