// The text files a shared project brings: picta.json, the rename journal, sources.csv,
// feedback.json, the quarantine manifest, and a run's history.csv, epochs.json and commit journal.
// The first byte chooses the file; the rest is its content, read through the real code paths.
#include "cleaning/quarantine.h"
#include "project/feedbacklog.h"
#include "project/project.h"
#include "project/provenancelog.h"
#include "support/atomicfile.h"
#include "training/runfolder.h"
#include "training/runjournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

void put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir tmp;
    if (size < 1 || !tmp.isValid())
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const QString root = tmp.filePath(QStringLiteral("p"));
    QDir(root).removeRecursively();
    QDir().mkpath(root + QStringLiteral("/images/cat"));
    QDir().mkpath(root + QStringLiteral("/runs/r"));
    put(root + QStringLiteral("/picta.json"), R"({"format":1,"classes":["cat","dog"],"images_dir":"images"})");
    const QString run = root + QStringLiteral("/runs/r");
    switch (data[0] % 8) {
    case 0:
        put(root + QStringLiteral("/picta.json"), bytes);
        break;
    case 1:
        put(picta::Project::renameJournalPath(root), bytes);
        break;
    case 2:
        put(root + QStringLiteral("/sources.csv"), bytes);
        (void)picta::ProvenanceLog(root).rows();
        (void)picta::ProvenanceLog(root).find(QStringLiteral("images/cat/a.png"));
        break;
    case 3:
        put(root + QStringLiteral("/feedback.json"), bytes);
        (void)picta::FeedbackLog(root).confusion({QStringLiteral("cat"), QStringLiteral("dog")});
        break;
    case 4:
        QDir().mkpath(root + QStringLiteral("/quarantine"));
        put(root + QStringLiteral("/quarantine/manifest.json"), bytes);
        for (const picta::QuarantineItem& item : picta::Quarantine(root).items())
            (void)picta::Quarantine(root).restore(item.id);
        break;
    case 5:
        put(picta::RunFolder::historyPath(run), bytes);
        (void)picta::RunFolder::readHistory(run);
        break;
    case 6:
        put(picta::RunFolder::epochsPath(run), bytes);
        (void)picta::RunFolder::readEpochs(run);
        break;
    case 7:
        put(root + QStringLiteral("/runs/r/.model.json.pending"), "{}");
        put(picta::RunJournal::journalPath(run), bytes);
        (void)picta::RunJournal::recover(run); // a refusal is a fine outcome here
        break;
    }
    // Whatever the files said, nothing was written outside the project folder.
    auto project = picta::Project::open(root);
    if (project) {
        if (!QDir::cleanPath(project->imagesDir()).startsWith(root))
            __builtin_trap();
        QVector<picta::ListingProblem> problems;
        (void)project->images(&problems);
    }
    return 0;
}
