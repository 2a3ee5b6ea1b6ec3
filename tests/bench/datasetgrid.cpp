// bench_datasetgrid PROJECT: how the Dataset tab copes with a large project. Measures, in one
// run: listing the images (Project::images, the reference), loading the tab's model, the first
// screen of thumbnails, and scrolling from top to bottom in screen-sized steps with the GUI
// thread's longest stall between events.
#include "document/datasetmodel.h"
#include "dataset/datasettab.h"
#include "document/projectdocument.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

#include "project/project.h"

#include <cstdio>

using namespace picta;

namespace {

// Processes events until every visible tile has its thumbnail or `timeoutMs` passes; returns ms.
double waitForVisibleThumbnails(QListView* grid, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        bool all = true;
        const QRect viewport = grid->viewport()->rect();
        for (int y = 10; y < viewport.height() && all; y += grid->gridSize().height())
            for (int x = 10; x < viewport.width() && all; x += grid->gridSize().width()) {
                const QModelIndex index = grid->indexAt(QPoint(x, y));
                all = !index.isValid() || index.data(DatasetModel::ThumbnailReadyRole).toBool();
            }
        if (all)
            return timer.nsecsElapsed() / 1e6;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_datasetgrid PROJECT\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    QDir(root).rmpath(QStringLiteral(".cache/thumbnails")); // only removes empty folders
    QDir(QDir(root).filePath(QStringLiteral(".cache/thumbnails"))).removeRecursively();

    QElapsedTimer timer;
    timer.start();
    const auto project = Project::open(root);
    if (!project) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(project.error()));
        return 1;
    }
    const int listed = int(project->images().size());
    const double listMs = timer.nsecsElapsed() / 1e6;

    ProjectDocument document;
    DatasetTab tab(&document);
    tab.resize(1280, 800);
    tab.show();
    timer.restart();
    if (const Status opened = document.open(root); !opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error()));
        return 1;
    }
    while (document.isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    QListView* grid = tab.grid();
    const double firstScreenMs = waitForVisibleThumbnails(grid, 20000);

    // Scroll page by page to the end (cold thumbnails), then again (disk/memory cache warm).
    auto scrollThrough = [&](double* longestStallMs) {
        QScrollBar* bar = grid->verticalScrollBar();
        bar->setValue(0);
        QElapsedTimer total;
        total.start();
        *longestStallMs = 0;
        int pages = 0;
        while (bar->value() < bar->maximum() && pages < 400) {
            QElapsedTimer stall;
            stall.start();
            bar->setValue(bar->value() + bar->pageStep() * 20); // a fast flick: 20 screens at a time
            QCoreApplication::processEvents();
            *longestStallMs = std::max(*longestStallMs, stall.nsecsElapsed() / 1e6);
            waitForVisibleThumbnails(grid, 5000);
            ++pages;
        }
        return std::make_pair(total.nsecsElapsed() / 1e6, pages);
    };
    double coldStall = 0, warmStall = 0;
    const auto [coldMs, coldPages] = scrollThrough(&coldStall);
    const auto [warmMs, warmPages] = scrollThrough(&warmStall);

    std::printf("images: %d (model rows %d)\n", listed, tab.model()->rowCount());
    std::printf("listing (Project::images, reference): %.0f ms\n", listMs);
    std::printf("tab load in the background (model with sizes and dates): %.0f ms = %.2fx the listing\n", loadMs, loadMs / listMs);
    std::printf("first screen of thumbnails: %.0f ms\n", firstScreenMs);
    std::printf("flick to the end, cold: %d jumps in %.0f ms (%.0f ms per screen of thumbnails), longest GUI stall %.0f ms\n", coldPages,
                coldMs, coldMs / std::max(1, coldPages), coldStall);
    std::printf("flick to the end, warm: %d jumps in %.0f ms, longest GUI stall %.0f ms\n", warmPages, warmMs, warmStall);
    return 0;
}
