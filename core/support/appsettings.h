#pragma once

#include <QCoreApplication>
#include <QString>

namespace picta {

/// The user's preferences, shared by `picta` (Edit ▸ Preferences…) and `picta-cli`: one QSettings
/// file (organisation and application "Picta", so ~/.config/Picta/Picta.conf on Linux) whichever
/// program reads it. Command-line options and the PICTA_* environment variables override them.
struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    /// "" follows the system's language; otherwise a language code ("en", "de").
    QString language;
    /// Torch's threads; 0 = the physical cores (the default, and never more is wise).
    int threads = 0;
    /// "auto" (CUDA when there is one, else CPU), "cpu" or "cuda".
    QString device = QStringLiteral("auto");
    /// Where downloaded weights and decoded-image stores of read-only or plain folders go;
    /// "" = the system's cache folder (~/.cache/Picta).
    QString cacheFolder;
    /// A mirror of the Hugging Face Hub for ImageNet weights; "" = https://huggingface.co.
    QString weightsMirror;
    /// Where new projects are proposed; "" = Documents/Picta.
    QString projectsFolder;

    static AppSettings load();
    /// Writes every value (the settings file's own write is atomic). False when it could not be
    /// written (a read-only file or folder).
    bool save() const;

    /// The file both programs read and write, whatever their application names.
    static QString filePath();

    /// The cache folder in force: $PICTA_CACHE_DIR, else the setting, else ~/.cache/Picta.
    static QString cacheRoot();
    static QString defaultCacheRoot();
    /// The folder a cache-folder setting stands for: itself (absolute), or the default when empty.
    static QString cacheRootFor(const QString& cacheFolder);
    /// The folder new projects are proposed in: the setting, else Documents/Picta (home/Picta).
    static QString projectsRoot();
    static QString defaultProjectsRoot();
    /// The bytes Picta keeps under a cache folder (weights, decoded stores).
    static qint64 cacheBytes(const QString& root = cacheRoot());
    /// Removes what Picta put in a cache folder (weights, decoded stores; nothing else). Returns
    /// an error naming what could not be removed, or an empty string.
    static QString clearCache(const QString& root = cacheRoot());

    /// Applies the engine's part (threads, device) to this process: the programs call it at start.
    void applyToEngine() const;

    /// Whether this libtorch has CUDA and a GPU is there (ui/ cannot ask torch itself).
    static bool cudaAvailable();
};

} // namespace picta
