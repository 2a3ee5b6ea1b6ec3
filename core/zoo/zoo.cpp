#include "zoo.h"

#include "filedownloader.h"
#include "models/modelcatalog.h"
#include "support/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace picta {

const QVector<ZooEntry>& Zoo::entries()
{
    static const QVector<ZooEntry> list = [] {
        QVector<ZooEntry> entries;
        for (const ArchitectureInfo& a : ModelCatalog::all())
            if (!a.pretrainedId.isEmpty())
                entries.push_back({a.name, a.pretrainedId});
        return entries;
    }();
    return list;
}

std::optional<ZooEntry> Zoo::find(const QString& name)
{
    for (const ZooEntry& e : entries())
        if (e.arch == name || e.modelId == name)
            return e;
    return std::nullopt;
}

QString Zoo::defaultBase()
{
    return QStringLiteral("https://huggingface.co");
}

QString Zoo::base(const QString& override)
{
    QString b = override.isEmpty() ? qEnvironmentVariable("PICTA_ZOO_BASE") : override;
    if (b.isEmpty())
        b = AppSettings::load().weightsMirror; // Preferences ▸ Weights mirror
    if (b.isEmpty())
        b = defaultBase();
    while (b.endsWith('/'))
        b.chop(1);
    return b;
}

QUrl Zoo::url(const ZooEntry& entry, const QString& base)
{
    return QUrl(Zoo::base(base) + QStringLiteral("/timm/%1/resolve/main/model.safetensors").arg(entry.modelId));
}

QString Zoo::cachePath(const ZooEntry& entry)
{
    return QDir(AppSettings::cacheRoot()).filePath(QStringLiteral("zoo/%1.safetensors").arg(entry.modelId));
}

Expected<QString> Zoo::resolve(const QString& pretrained, const QString& base, const Progress& progress, const std::atomic_bool* cancel)
{
    if (QFileInfo(pretrained).isFile())
        return QFileInfo(pretrained).absoluteFilePath();
    const auto entry = find(pretrained);
    if (!entry) {
        QStringList names;
        for (const ZooEntry& e : entries())
            names << e.arch;
        return Expected<QString>::failure(tr("'%1' is neither a file nor a known backbone (%2)").arg(pretrained, names.join(", ")));
    }
    const QString path = cachePath(*entry);
    if (QFileInfo::exists(path))
        return path;
    // A mirror the user named may be plain http, as an --api-base mirror may (NetworkPolicy).
    FileDownloader::Options options;
    if (!base.isEmpty())
        options.policy.allowOrigin(QUrl(Zoo::base(base)));
    if (const Status fetched = FileDownloader::fetch(url(*entry, base), path, options, progress, cancel); !fetched)
        return Expected<QString>::failure(tr("Downloading %1 failed: %2").arg(entry->modelId, fetched.error()));
    return path;
}

} // namespace picta
