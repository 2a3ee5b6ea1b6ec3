#pragma once

#include "support/status.h"
#include "support/networkpolicy.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace picta {

/// Downloads one file with Qt Network: redirects followed by hand (capped, and so that headers of
/// every hop can be read: the Hugging Face Hub sends the file's SHA-256 as X-Linked-Etag on its
/// redirect to the CDN), resume with Range after a cut connection, a transfer timeout, a size cap,
/// SHA-256 verification, and an atomic move into place: the target never holds a partial file.
class FileDownloader : public QObject {
    Q_OBJECT

public:
    struct Options {
        QByteArray expectedSha256; ///< hex; empty: trust X-Linked-Etag when the server sends one
        qint64 maxBytes = NetworkPolicy::kMaxWeightsBytes;
        int timeoutMs = 30000; ///< without a byte arriving
        int maxRedirects = NetworkPolicy::kMaxRedirects;
        int maxRetries = 3; ///< resumptions after a cut connection
        QByteArray userAgent = NetworkPolicy::userAgent();
        NetworkPolicy policy; ///< which addresses may be fetched (shared with HttpClient)
    };

    explicit FileDownloader(QObject* parent = nullptr);
    ~FileDownloader() override;

    /// Starts downloading `url` into `target` (a `.part` file beside it holds the bytes so far).
    void start(const QUrl& url, const QString& target, const Options& options);
    void start(const QUrl& url, const QString& target) { start(url, target, Options()); }
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    /// Blocking convenience for worker threads and the CLI: runs a local event loop. Setting
    /// `*cancel` stops the transfer within a tenth of a second (the .part file stays, so that the
    /// next fetch resumes it) and fails with a message saying so.
    static Status fetch(const QUrl& url, const QString& target, const Options& options,
                        const std::function<void(qint64, qint64)>& progress = {}, const std::atomic_bool* cancel = nullptr);

    static QString partPath(const QString& target) { return target + QStringLiteral(".part"); }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const QString& target);
    void failed(const QString& message);

private:
    void request(const QUrl& url);
    void onReadyRead();
    void onFinished();
    void fail(const QString& message);
    bool verifyAndMove();

    std::unique_ptr<QNetworkAccessManager> m_network;
    QNetworkReply* m_reply = nullptr;
    QFile m_part;
    QUrl m_url; ///< the address asked for (resumption starts here again)
    QString m_target;
    Options m_options;
    QByteArray m_sha256;
    qint64 m_total = -1;
    int m_redirects = 0;
    int m_retries = 0;
    bool m_cancelled = false;
};

} // namespace picta
