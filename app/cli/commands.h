#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace picta::cli {

/// Translation context of picta-cli's messages.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Exit codes: 0 success, 1 the work failed (bad file, failed run), 2 bad arguments.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/// The subcommands of picta-cli; `args` starts with the subcommand's name.
int demo(const QStringList& args);
int train(const QStringList& args);
int predict(const QStringList& args);
int lrFind(const QStringList& args);
int importFashionMnist(const QStringList& args);
int bench(const QStringList& args);
int benchDedupe(const QStringList& args);
int check(const QStringList& args);
int dedupe(const QStringList& args);
int import(const QStringList& args);
int importVideo(const QStringList& args);
int evaluate(const QStringList& args);
int scrape(const QStringList& args);
int credits(const QStringList& args);
int exportModel(const QStringList& args);
int serve(const QStringList& args);

/// One line on stderr, prefixed with the program name; returns `code`.
int fail(int code, const QString& message);
/// One compact JSON object as the last line of stdout.
void printJson(const QJsonObject& object);
/// Writes to stderr (progress, human-readable lines) without touching stdout.
void printErr(const QString& line);
/// Prints a download's progress on stderr, at most once a second and once at the end.
void printDownload(qint64 received, qint64 total);

} // namespace picta::cli
