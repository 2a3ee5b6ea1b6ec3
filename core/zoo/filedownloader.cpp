#include "filedownloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace picta {

FileDownloader::FileDownloader(QObject* parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

FileDownloader::~FileDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileDownloader::start(const QUrl& url, const QString& target, const Options& options)
{
    m_url = url;
    m_target = target;
    m_options = options;
    m_sha256 = options.expectedSha256.toLower();
    m_total = -1;
    m_redirects = 0;
    m_retries = 0;
    m_cancelled = false;
    if (const QString why = options.policy.refusal(url); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, why] { fail(why); }, Qt::QueuedConnection);
        return;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    request(url);
}

void FileDownloader::request(const QUrl& url)
{
    m_part.setFileName(partPath(m_target));
    // Resume: ask only for what the .part file lacks.
    const qint64 have = QFileInfo(m_part.fileName()).size();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownloader::onFinished);
}

void FileDownloader::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // redirects and errors are handled when the reply finishes
    if (!m_part.isOpen()) {
        // 206: the server resumes; 200: it sends everything, so start the file again.
        if (!m_part.open(status == 206 ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
            return;
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_total = length > 0 ? m_part.size() + length : -1;
        if (m_total > m_options.maxBytes) {
            fail(tr("%1 is %2 MB, more than the %3 MB allowed")
                     .arg(m_url.toDisplayString())
                     .arg(m_total >> 20)
                     .arg(m_options.maxBytes >> 20));
            return;
        }
    }
    m_part.write(m_reply->readAll());
    if (m_part.size() > m_options.maxBytes) {
        fail(tr("%1 exceeds the %2 MB allowed").arg(m_url.toDisplayString()).arg(m_options.maxBytes >> 20));
        return;
    }
    Q_EMIT progress(m_part.size(), m_total);
}

void FileDownloader::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    if (!m_cancelled)
        onReadyRead(); // whatever is left (an aborted reply has nothing more to read)
    if (!m_reply)
        return; // failed while reading
    m_reply = nullptr;
    reply->deleteLater();
    m_part.close();
    if (m_cancelled)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The Hub names the file's SHA-256 on the hop that redirects to the CDN.
    const QByteArray etag = reply->rawHeader("X-Linked-Etag").replace('"', "").trimmed().toLower();
    if (m_options.expectedSha256.isEmpty() && etag.size() == 64)
        m_sha256 = etag;

    if (status >= 300 && status < 400) {
        // Raw: the Hub sends relative locations, which QNetworkRequest::LocationHeader drops.
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        const QUrl next = reply->url().resolved(location);
        if (++m_redirects > m_options.maxRedirects || location.isEmpty() || !next.isValid()) {
            fail(tr("%1: more than %n redirect(s)", nullptr, m_options.maxRedirects).arg(m_url.toDisplayString()));
            return;
        }
        if (const QString why = m_options.policy.redirectRefusal(reply->url(), next); !why.isEmpty()) {
            fail(why);
            return;
        }
        request(next);
        return;
    }
    if (status == 416) { // the .part file is already whole (or wrong): check it
        if (!verifyAndMove())
            QFile::remove(m_part.fileName());
        return;
    }
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
        const bool cut = status == 200 || status == 206 || reply->error() == QNetworkReply::RemoteHostClosedError
            || reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        if (cut && m_retries < m_options.maxRetries) {
            ++m_retries; // resume from what arrived, starting at the original address again
            m_redirects = 0;
            request(m_url);
            return;
        }
        fail(status >= 400 ? tr("%1: HTTP %2 %3")
                                 .arg(m_url.toDisplayString())
                                 .arg(status)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                           : tr("%1: %2").arg(m_url.toDisplayString(), reply->errorString()));
        return;
    }
    if (m_total > 0 && m_part.size() < m_total && m_retries < m_options.maxRetries) {
        ++m_retries; // the connection closed early without an error
        m_redirects = 0;
        request(m_url);
        return;
    }
    verifyAndMove();
}

bool FileDownloader::verifyAndMove()
{
    QFile part(partPath(m_target));
    if (m_total > 0 && part.size() != m_total) {
        fail(tr("%1: got %2 of %3 bytes").arg(m_url.toDisplayString()).arg(part.size()).arg(m_total));
        return false;
    }
    if (!m_sha256.isEmpty()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part)) {
            fail(tr("Cannot read %1").arg(QDir::toNativeSeparators(part.fileName())));
            return false;
        }
        part.close();
        if (hash.result().toHex() != m_sha256) {
            QFile::remove(part.fileName()); // corrupt: never resume from it
            fail(tr("%1: SHA-256 mismatch (expected %2, got %3)")
                     .arg(m_url.toDisplayString(), QString::fromLatin1(m_sha256), QString::fromLatin1(hash.result().toHex())));
            return false;
        }
    }
    // rename(2) replaces the target atomically.
    if (std::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(m_target).constData()) != 0) {
        fail(tr("Cannot move the download to %1").arg(QDir::toNativeSeparators(m_target)));
        return false;
    }
    Q_EMIT finished(m_target);
    return true;
}

void FileDownloader::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // the .part file stays: a later start resumes it
}

void FileDownloader::fail(const QString& message)
{
    if (m_reply) {
        QNetworkReply* reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_part.close();
    Q_EMIT failed(message);
}

Status FileDownloader::fetch(const QUrl& url, const QString& target, const Options& options,
                             const std::function<void(qint64, qint64)>& progress, const std::atomic_bool* cancel)
{
    FileDownloader downloader;
    QEventLoop loop;
    bool ok = false;
    QString error;
    auto cancelled = [&] {
        error = tr("%1: download cancelled").arg(url.toDisplayString());
        return Status::failure(error);
    };
    // The caller's flag is plain memory, not a signal: look at it a few times a second.
    QTimer poll;
    if (cancel) {
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!cancel->load())
                return;
            downloader.cancel();
            (void)cancelled(); // the message is kept in `error`
            loop.quit();
        });
        poll.start(100);
    }
    connect(&downloader, &FileDownloader::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(&downloader, &FileDownloader::failed, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    if (progress)
        connect(&downloader, &FileDownloader::progress, &loop, progress);
    if (cancel && cancel->load())
        return cancelled();
    downloader.start(url, target, options);
    loop.exec();
    return ok ? Status::success() : Status::failure(error);
}

} // namespace picta
