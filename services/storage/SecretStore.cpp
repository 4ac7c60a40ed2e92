#include "SecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace pb {

namespace {

bool noService(QKeychain::Error e)
{
    // OtherError covers a session bus or Secret Service that does not answer.
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}

} // namespace

SecretStore::SecretStore(QObject* parent, const QString& service)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore()
{
    for (QString& s : m_memory)
        s.fill(u'\0');
}

QString SecretStore::keyName(const QString& accountId) { return QStringLiteral("pricebook/%1/api-key").arg(accountId); }

QString SecretStore::passwordName(const CatalogLocation& where) { return QStringLiteral("pricebook/%1/password").arg(where.secretId()); }

void SecretStore::write(const QString& accountId, const QString& secret, QObject* context, Done done)
{
    writeNamed(keyName(accountId), secret, context, std::move(done));
}

void SecretStore::read(const QString& accountId, QObject* context, Read done) { readNamed(keyName(accountId), context, std::move(done)); }

void SecretStore::remove(const QString& accountId, QObject* context, Done done)
{
    removeNamed(keyName(accountId), context, std::move(done));
}

QString SecretStore::unavailableReason() const
{
    if (m_available)
        return {};
    return tr("No keychain service is running, so API keys cannot be stored. Start your desktop's keyring "
              "(GNOME Keyring or KWallet, which a desktop session starts) and restart Pricebook. Until then a key "
              "you enter is kept in memory until Pricebook closes, and never written to disk.");
}

void SecretStore::markUnavailable(const QString& detail)
{
    if (!m_available)
        return;
    m_available = false;
    m_detail = detail;
    Q_EMIT keychainUnavailable(unavailableReason());
}

void SecretStore::writeNamed(const QString& name, const QString& secret, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    if (!m_available) {
        m_memory.insert(name, secret);
        QMetaObject::invokeMethod(this, [guard, done] { if (guard) done(true, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, secret, guard, done] {
        if (job->error() != QKeychain::NoError && noService(job->error())) {
            markUnavailable(job->errorString());
            m_memory.insert(name, secret);
            if (guard)
                done(true, QString());
            return;
        }
        if (guard)
            done(job->error() == QKeychain::NoError, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::readNamed(const QString& name, QObject* context, Read done)
{
    QPointer<QObject> guard(context);
    if (!m_available) {
        const auto it = m_memory.constFind(name);
        const std::optional<QString> value = it == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*it);
        QMetaObject::invokeMethod(this, [guard, done, value] { if (guard) done(value, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, guard, done] {
        if (!guard)
            return;
        switch (job->error()) {
        case QKeychain::NoError: done(job->textData(), QString()); return;
        case QKeychain::EntryNotFound: done(std::nullopt, QString()); return;
        default:
            if (noService(job->error())) {
                markUnavailable(job->errorString());
                const auto it = m_memory.constFind(name);
                done(it == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*it), QString());
                return;
            }
            done(std::nullopt, job->errorString());
        }
    });
    job->start();
}

void SecretStore::removeNamed(const QString& name, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_memory.remove(name);
    if (!m_available) {
        QMetaObject::invokeMethod(this, [guard, done] { if (guard) done(true, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!gone && noService(job->error()))
            markUnavailable(job->errorString());
        if (guard)
            done(gone || noService(job->error()), gone ? QString() : job->errorString());
    });
    job->start();
}

} // namespace pb
