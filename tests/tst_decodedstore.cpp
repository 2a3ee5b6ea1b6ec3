#include "data/decodedstore.h"
#include "data/storeindex.h"
#include "project/project.h"
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <random>

using namespace picta;
using namespace picta::test;

namespace {

constexpr int kSize = 24;
constexpr int kChannels = 3;

QVector<ImageEntry> listing(const QString& root)
{
    auto project = Project::open(root);
    if (!project)
        return {};
    return project->images();
}

QString imagesDir(const QString& root)
{
    return QDir(root).filePath(QStringLiteral("images"));
}

std::unique_ptr<DecodedStore> openStore(const QString& root, int size = kSize)
{
    auto store = DecodedStore::open(DecodedStore::folderFor(root, size, kChannels), imagesDir(root), size, kChannels);
    if (!store) {
        qWarning() << store.error();
        return nullptr;
    }
    return std::move(store.value());
}

struct Synced {
    DecodedStore::SyncReport report;
    std::vector<int64_t> rows;
    bool ok = false;
};

Synced syncAll(DecodedStore& store, const QVector<ImageEntry>& entries, const std::atomic_bool* cancel = nullptr,
               const DecodedStore::Progress& progress = {})
{
    Synced s;
    auto report = store.sync(entries, 2, cancel, progress, &s.rows);
    if (!report) {
        qWarning() << report.error();
        return s;
    }
    s.report = report.value();
    s.ok = true;
    return s;
}

// Every listed image's row holds exactly what decoding it now gives.
bool rowsMatchFiles(const DecodedStore& store, const QVector<ImageEntry>& entries, const std::vector<int64_t>& rows)
{
    const torch::Tensor got = store.gather(rows);
    for (int i = 0; i < entries.size(); ++i) {
        torch::Tensor want = torch::empty({kChannels, store.size(), store.size()}, torch::kUInt8);
        if (!DecodedStore::decodeRow(entries[i].path, store.size(), kChannels, want.data_ptr<uint8_t>()))
            return false;
        if (!torch::equal(got[i], want)) {
            qWarning() << "row differs for" << entries[i].relativePath;
            return false;
        }
    }
    return true;
}

QString pixelsFile(const QString& folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral("pixels-*.bin")}, QDir::Files);
    return names.size() == 1 ? QDir(folder).filePath(names.first()) : QString();
}

} // namespace

class TestDecodedStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsOnceAndReopens()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 3, 8, 40, 3);
        const auto entries = listing(root);
        QCOMPARE(entries.size(), 24);
        auto store = openStore(root);
        QVERIFY(store);
        QVERIFY(store->rebuildReason().isEmpty());
        const Synced first = syncAll(*store, entries);
        QVERIFY(first.ok);
        QCOMPARE(first.report.decoded, 24);
        QCOMPARE(first.report.reused, 0);
        QVERIFY(std::all_of(first.rows.begin(), first.rows.end(), [](int64_t r) { return r >= 0; }));
        QVERIFY(rowsMatchFiles(*store, entries, first.rows));
        QCOMPARE(store->liveBytes(), 24 * kChannels * kSize * kSize);

        store.reset();
        auto reopened = openStore(root);
        QVERIFY(reopened);
        const Synced second = syncAll(*reopened, entries);
        QVERIFY(second.ok);
        QCOMPARE(second.report.decoded, 0);
        QCOMPARE(second.report.reused, 24);
        QCOMPARE(second.rows, first.rows);
        QVERIFY(rowsMatchFiles(*reopened, entries, second.rows));
    }

    void updatesOnlyWhatChanged()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 3, 8, 40, 3);
        auto store = openStore(root);
        QVERIFY(store);
        QVERIFY(syncAll(*store, listing(root)).ok);
        const QString classes = imagesDir(root);
        const QStringList names = QDir(classes).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(names.size(), 3);

        // Added: one new image.
        std::mt19937 rng(99);
        QVERIFY(TestData::writeFile(QDir(classes).filePath(names[0] + "/added.png"), TestData::patternPng(0, 40, 3, rng)));
        // Removed: one image.
        const QStringList inSecond = QDir(QDir(classes).filePath(names[1])).entryList(QDir::Files, QDir::Name);
        QVERIFY(QFile::remove(QDir(classes).filePath(names[1] + "/" + inSecond[0])));
        // Relabelled: moved to another class (a rename keeps size and time; the name is taken there).
        const QStringList inThird = QDir(QDir(classes).filePath(names[2])).entryList(QDir::Files, QDir::Name);
        QVERIFY(QFile::rename(QDir(classes).filePath(names[2] + "/" + inThird[0]), QDir(classes).filePath(names[0] + "/relabelled.png")));
        // Edited in place: new pixels, and a different time.
        const QString edited = QDir(classes).filePath(names[2] + "/" + inThird[1]);
        QVERIFY(TestData::writeFile(edited, TestData::patternPng(4, 40, 3, rng)));
        QFile file(edited);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        file.close();

        const auto entries = listing(root);
        QCOMPARE(entries.size(), 24);
        const Synced after = syncAll(*store, entries);
        QVERIFY(after.ok);
        QCOMPARE(after.report.decoded, 2); // the added and the edited image
        QCOMPARE(after.report.moved, 1);
        QCOMPARE(after.report.reused, 21);
        QCOMPARE(after.report.dropped, 2); // the removed image and the edited one's old row
        QVERIFY(rowsMatchFiles(*store, entries, after.rows));

        // Another program (a fresh object) sees the same.
        auto other = openStore(root);
        const Synced again = syncAll(*other, entries);
        QCOMPARE(again.report.decoded, 0);
        QCOMPARE(again.rows, after.rows);
    }

    void dropsAndCompacts()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 30, 32, 3);
        auto store = openStore(root);
        auto entries = listing(root);
        QVERIFY(syncAll(*store, entries).ok);
        // Most images go: their rows are dropped, and the file is rewritten with the rest.
        for (int i = 0; i < 40; ++i)
            QVERIFY(QFile::remove(entries[i].path));
        entries = listing(root);
        QCOMPARE(entries.size(), 20);
        const Synced after = syncAll(*store, entries);
        QVERIFY(after.ok);
        QCOMPARE(after.report.dropped, 40);
        QVERIFY(after.report.compacted);
        QCOMPARE(store->fileBytes(), store->liveBytes());
        QVERIFY(!pixelsFile(store->folder()).isEmpty()); // one pixels file left
        QVERIFY(rowsMatchFiles(*store, entries, after.rows));
        auto reopened = openStore(root);
        QCOMPARE(syncAll(*reopened, entries).report.reused, 20);
    }

    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("flipped byte") << "flip";
        QTest::newRow("truncated index") << "truncate";
        QTest::newRow("short pixels file") << "pixels";
        QTest::newRow("other size") << "size";
    }

    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 6, 40, 3);
        const auto entries = listing(root);
        QString folder;
        {
            auto store = openStore(root);
            QVERIFY(syncAll(*store, entries).ok);
            folder = store->folder();
        }
        const QString index = QDir(folder).filePath("index.bin");
        const QString pixelsName = QFileInfo(pixelsFile(folder)).fileName();
        QFile file(index);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == "garbage") {
            bytes = QByteArray(bytes.size(), 'x');
        } else if (damage == "flip") {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        } else if (damage == "truncate") {
            bytes.chop(7);
        } else if (damage == "pixels") {
            QFile pixels(pixelsFile(folder));
            QVERIFY(pixels.resize(pixels.size() / 2));
        } else if (damage == "size") {
            // A store written for 24 px found where the 32 px store is looked for.
            const QString other = DecodedStore::folderFor(root, 32, kChannels);
            QVERIFY(QDir().mkpath(other));
            QVERIFY(QFile::copy(index, QDir(other).filePath("index.bin")));
            QVERIFY(QFile::copy(pixelsFile(folder), QDir(other).filePath(QFileInfo(pixelsFile(folder)).fileName())));
            auto store = openStore(root, 32);
            QVERIFY(store);
            QVERIFY2(store->rebuildReason().contains("24 px"), qPrintable(store->rebuildReason()));
            const Synced s = syncAll(*store, entries);
            QCOMPARE(s.report.decoded, 12);
            return;
        }
        QVERIFY(TestData::writeFile(index, bytes));
        auto store = openStore(root);
        QVERIFY(store);
        QVERIFY2(!store->rebuildReason().isEmpty(), "damage went unnoticed");
        QVERIFY2(store->rebuildReason().contains(damage == "pixels" ? pixelsName : QString("index.bin")),
                 qPrintable(store->rebuildReason()));
        const Synced s = syncAll(*store, entries);
        QVERIFY(s.ok);
        if (damage == "pixels") { // only the rows the file lacks are decoded again
            QCOMPARE(s.report.reused, 6);
            QCOMPARE(s.report.decoded, 6);
        } else {
            QCOMPARE(s.report.decoded, 12);
        }
        QVERIFY(rowsMatchFiles(*store, entries, s.rows));
        QVERIFY(openStore(root)->rebuildReason().isEmpty());
    }

    void aStoreCopiedWithItsProjectIsNotTrusted()
    {
        // A project copied (or unpacked) elsewhere keeps its files' sizes and times: the store
        // that came with it belongs to the other folder and is rebuilt, never reused.
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.filePath("a"), 2, 5, 40, 3);
        QVERIFY(syncAll(*openStore(root), listing(root)).ok);
        const QString copy = dir.filePath("b");
        QVERIFY(QProcess::execute("cp", {"-a", root, copy}) == 0);
        QVERIFY(QFileInfo::exists(QDir(copy).filePath(".cache/decoded")));
        auto store = openStore(copy);
        QVERIFY(store);
        QVERIFY2(store->rebuildReason().contains("another images folder"), qPrintable(store->rebuildReason()));
        const Synced s = syncAll(*store, listing(copy));
        QCOMPARE(s.report.decoded, 10);
        QCOMPARE(s.report.reused, 0);
        QCOMPARE(syncAll(*openStore(root), listing(root)).report.reused, 10); // the original's own is untouched
    }

    void anEditKeepingTheTimeIsDecodedAgain()
    {
        // New pixels in the same number of bytes (a BMP of the same size), with the old
        // modification time put back (exiftool -P, touch -r): the status change time tells.
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 5, 40, 3);
        const QString path = QDir(imagesDir(root)).filePath("class0/flat.bmp");
        auto bmp = [](int grey) {
            std::vector<uchar> bytes;
            cv::imencode(".bmp", cv::Mat(40, 40, CV_8UC3, cv::Scalar::all(grey)), bytes);
            return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
        };
        QVERIFY(TestData::writeFile(path, bmp(30)));
        auto store = openStore(root);
        QVERIFY(syncAll(*store, listing(root)).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime mtime = file.fileTime(QFileDevice::FileModificationTime);
        QTest::qWait(20); // a later status change time
        const QByteArray other = bmp(200);
        QCOMPARE(other.size(), int(file.size()));
        QVERIFY(file.write(other) == other.size());
        QVERIFY(file.flush()); // the write first, then the time put back
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        const auto entries = listing(root);
        const Synced s = syncAll(*store, entries);
        QCOMPARE(s.report.decoded, 1);
        QVERIFY(rowsMatchFiles(*store, entries, s.rows));
    }

    void damagedRowsAreDecodedAgain()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 6, 40, 3);
        const auto entries = listing(root);
        auto store = openStore(root);
        const Synced s = syncAll(*store, entries);
        QVERIFY(s.ok);
        // Flip bytes in the middle of row 3 behind the store's back.
        {
            QFile pixels(pixelsFile(store->folder()));
            QVERIFY(pixels.open(QIODevice::ReadWrite));
            QVERIFY(pixels.seek(3 * store->rowBytes() + 100));
            QVERIFY(pixels.write("\x01\x02\x03\x04", 4) == 4);
        }
        QVERIFY(rowsMatchFiles(*store, entries, s.rows));
        QCOMPARE(store->repairedRows(), 1);
        // Mended on disk: reading again finds nothing wrong.
        auto reopened = openStore(root);
        QVERIFY(syncAll(*reopened, entries).ok);
        QVERIFY(rowsMatchFiles(*reopened, entries, s.rows));
        QCOMPARE(reopened->repairedRows(), 0);
    }

    void interruptedBuildResumes()
    {
        QTemporaryDir dir;
        // Large enough that decoding them takes a few polls of the progress (every 30 ms).
        const QString root = TestData::makeProject(dir.path(), 2, 150, 320, 3);
        const auto entries = listing(root);
        QString folder;
        int decodedBefore = 0;
        {
            auto store = openStore(root);
            folder = store->folder();
            std::atomic_bool cancel{false};
            const Synced s = syncAll(*store, entries, &cancel, [&](int done, int) {
                if (done >= 20)
                    cancel = true;
            });
            QVERIFY(s.ok);
            QVERIFY(s.report.cancelled);
            QVERIFY(s.report.decoded >= 20);
            QVERIFY2(s.report.decoded < 300, "decoding finished before the cancel could be seen");
            decodedBefore = s.report.decoded;
        }
        // A killed build also leaves rows past the committed count: they are cut off.
        {
            QFile pixels(pixelsFile(folder));
            QVERIFY(pixels.open(QIODevice::Append));
            QVERIFY(pixels.write(QByteArray(int(kChannels * kSize * kSize * 3 + 17), 'z')) > 0);
        }
        auto store = openStore(root);
        QVERIFY(store->rebuildReason().isEmpty());
        const Synced s = syncAll(*store, entries);
        QVERIFY(s.ok);
        QCOMPARE(s.report.reused, decodedBefore);
        QCOMPARE(s.report.reused + s.report.decoded, 300);
        QVERIFY(rowsMatchFiles(*store, entries, s.rows));
    }

    // An index's digest is no secret: a hand-made one with a valid SHA-256 must still be refused
    // entry by entry.
    void aForgedIndexIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fine") << "a/1.png" << qint64(1) << QString();
        QTest::newRow("parent") << "a/../../outside.png" << qint64(1) << "entry 1 is invalid";
        QTest::newRow("absolute") << "/etc/passwd" << qint64(1) << "entry 1 is invalid";
        QTest::newRow("row out of range") << "a/1.png" << qint64(2) << "entry 1 is invalid";
        QTest::newRow("row used twice") << "a/1.png" << qint64(0) << "entry 1 is invalid";
    }
    void aForgedIndexIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(qint64, row);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        const StoreIndex::Shape shape{8, 3, 192, "/images:42"};
        StoreIndex index;
        index.pixelsName = "pixels-0.bin";
        index.rowCount = 2;
        index.entries = {{"a/0.png", 10, 1, 1, 7, 0, 9}, {path, 10, 1, 1, 7, row, 9}};
        const QString file = tmp.filePath("index.bin");
        QVERIFY(index.write(file, shape));
        const auto read = StoreIndex::read(file, shape);
        if (expected.isEmpty()) {
            QVERIFY2(read, qPrintable(read.error()));
            QCOMPARE(read->entries.size(), 2);
            QCOMPARE(read->entries[1].relativePath, path);
        } else {
            QVERIFY(!read);
            QCOMPARE(read.error(), expected);
        }
        // Another store's shape or images folder is refused too.
        QVERIFY(!StoreIndex::read(file, {8, 3, 192, "/other:42"}));
        QVERIFY(!StoreIndex::read(file, {16, 3, 768, "/images:42"}));
    }

    void sizesKeepSeparateStores()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 5, 40, 3);
        const auto entries = listing(root);
        QVERIFY(DecodedStore::folderFor(root, 24, 3) != DecodedStore::folderFor(root, 32, 3));
        QVERIFY(DecodedStore::folderFor(root, 24, 1) != DecodedStore::folderFor(root, 24, 3));
        auto small = openStore(root, 24);
        auto large = openStore(root, 32);
        QCOMPARE(syncAll(*small, entries).report.decoded, 10);
        QCOMPARE(syncAll(*large, entries).report.decoded, 10);
        QCOMPARE(syncAll(*openStore(root, 24), entries).report.reused, 10);
        QCOMPARE(syncAll(*openStore(root, 32), entries).report.reused, 10);
        QCOMPARE(large->rowBytes(), 3 * 32 * 32);
    }

    void unreadableImagesAreListed()
    {
        QTemporaryDir dir;
        const QString root = TestData::makeProject(dir.path(), 2, 4, 40, 3);
        const QString classes = imagesDir(root);
        const QString first = QDir(classes).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).first();
        QVERIFY(TestData::writeFile(QDir(classes).filePath(first + "/broken.png"), QByteArray("\x89PNG\r\n\x1a\nnot really", 18)));
        const auto entries = listing(root);
        auto store = openStore(root);
        const Synced s = syncAll(*store, entries);
        QVERIFY(s.ok);
        QCOMPARE(s.report.failures.size(), 1);
        QVERIFY(s.report.failures[0].path.endsWith("broken.png"));
        QCOMPARE(std::count(s.rows.begin(), s.rows.end(), int64_t(-1)), 1);
        QCOMPARE(s.report.decoded, 8);
    }
};

QTEST_GUILESS_MAIN(TestDecodedStore)
#include "tst_decodedstore.moc"
