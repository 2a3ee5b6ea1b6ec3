#pragma once

#include <QCommandLineParser>

namespace picta::cli {

/// Parses a subcommand's arguments; on --help prints the help and sets `exitCode` to 0, on an error
/// prints one line and sets it to 2. Returns false when the command should stop.
bool parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& description, int* exitCode);
/// Fails (one line, returns false) when `dir` exists and is not empty: commands never overwrite.
bool requireFreshFolder(const QString& dir);
/// Reads an integer option in [min, max]; on a bad value prints one line and returns false.
bool intOption(const QCommandLineParser& parser, const QString& name, int min, int max, int* value);

} // namespace picta::cli
