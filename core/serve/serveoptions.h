#pragma once

#include <QString>
#include <QtGlobal>

namespace picta {

/// How `picta-cli serve` and the Share dialog run the model's web page (ModelServer).
struct ServeOptions {
    /// Listen on every interface (phones on the same network), with an access token required;
    /// otherwise on 127.0.0.1 only, where the token is optional.
    bool network = false;
    quint16 port = 0; ///< 0: any free port
    QString token;    ///< empty: a random one (network mode)
    qint64 maxBodyBytes = qint64(16) << 20;
    int maxConnections = 256;         ///< 25 phones with a browser's 6 connections each fit
    int maxConnectionsPerClient = 32; ///< one address cannot hold them all
    int requestsPerMinute = 600;      ///< per client address; over it: 429
    int workers = 2;                  ///< threads answering requests (inference included)
    int idleTimeoutMs = 30000;        ///< a connection that sends nothing for this long is closed
};

} // namespace picta
