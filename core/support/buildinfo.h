#pragma once

#include <QList>
#include <QString>

namespace picta {

/// What this build of Picta is and what it is made of, for `--version` and *About Picta*.
struct BuildInfo {
    struct Library {
        QString name;
        QString version;
        QString licence; // SPDX identifier
    };

    /// CMake's project version (one number for the programs, the package and the ONNX metadata).
    static QString version();
    /// Picta's own licence (SPDX).
    static QString licence();
    /// The libraries the engine links, with the versions in use (run time where the library can
    /// say, else the headers built against) and their licences.
    static QList<Library> libraries();
};

} // namespace picta
