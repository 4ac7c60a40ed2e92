#pragma once
// API keys in the OS keychain (Secret Service on Linux) through QtKeychain, one entry per
// account: "pricebook/<account-id>/api-key", and a team catalog's password under the catalog's
// address without it: "pricebook/catalog:user@host:port/database/password". When no keychain service answers, the user is
// told so and a key typed in is kept in this process's memory only. There is no file fallback.
//   secrets.write(account.id, key, this, [](bool ok, const QString& error) { ... });
//   secrets.read(account.id, this, [](const std::optional<QString>& key, const QString& error) { ... });

#include "CatalogLocation.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

namespace pb {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject* parent = nullptr, const QString& service = QStringLiteral("pricebook"));
    ~SecretStore() override;

    static QString keyName(const QString& accountId);

    using Done = std::function<void(bool ok, const QString& error)>;
    using Read = std::function<void(const std::optional<QString>& secret, const QString& error)>;
    void write(const QString& accountId, const QString& secret, QObject* context, Done done);
    void read(const QString& accountId, QObject* context, Read done);
    void remove(const QString& accountId, QObject* context, Done done);

    // A team catalog's password (the one a PostgreSQL login asks for), by its name in the keychain.
    static QString passwordName(const CatalogLocation& where);
    void writeNamed(const QString& name, const QString& secret, QObject* context, Done done);
    void readNamed(const QString& name, QObject* context, Read done);
    void removeNamed(const QString& name, QObject* context, Done done);

    // False once a keychain operation found no keychain service; keys then live in memory.
    bool keychainAvailable() const { return m_available; }
    // Why, in words, with what to do; never the system's raw message, which is in unavailableDetail().
    QString unavailableReason() const;
    QString unavailableDetail() const { return m_available ? QString() : m_detail; }

Q_SIGNALS:
    void keychainUnavailable(const QString& reason);

private:
    void markUnavailable(const QString& detail);

    QString m_service;
    bool m_available = true;
    QString m_detail;
    QHash<QString, QString> m_memory; // by name, only while no keychain is reachable
};

} // namespace pb
