#include "CatalogLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace pb {

namespace {

// libpq options a catalog URL may carry besides host and sslmode; anything else is a typo
// better refused than ignored.
const char* const kKnownOptions[] = { "connect_timeout", "application_name", "sslrootcert", "sslcert", "sslkey",
                                      "sslcrl", "target_session_attrs", "keepalives", "keepalives_idle" };

} // namespace

std::optional<CatalogLocation> CatalogLocation::parse(const QString& text, QString* error)
{
    CatalogLocation l;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("No catalog was given.");
        return std::nullopt;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        if (trimmed.contains(QLatin1String("://"))) {
            *error = tr("“%1” is neither a file nor a postgresql:// address.").arg(trimmed);
            return std::nullopt;
        }
        l.engine = SQLite;
        l.path = trimmed;
        return l;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("The catalog address is not a valid URL: %1").arg(url.errorString());
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("The catalog address holds a password. Leave it out: Pricebook reads the password from the keychain "
                    "or from PostgreSQL's password file (PGPASSFILE), so it never ends up in settings or logs.");
        return std::nullopt;
    }
    l.engine = PostgreSQL;
    l.host = url.host(QUrl::FullyDecoded);
    l.port = url.port(-1);
    l.user = url.userName(QUrl::FullyDecoded);
    l.database = url.path(QUrl::FullyDecoded).mid(1);
    if (l.database.isEmpty() || l.database.contains(u'/')) {
        *error = tr("The catalog address names no database: write postgresql://user@host/database.");
        return std::nullopt;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            l.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok || l.port <= 0 || l.port > 65535) {
                *error = tr("The catalog address has no valid port: %1").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
            if (!modes.contains(value)) {
                *error = tr("sslmode=%1 is not one PostgreSQL knows (%2).").arg(value, modes.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            l.sslMode = value;
        } else if (key == QLatin1String("password")) {
            *error = tr("The catalog address holds a password. Leave it out: Pricebook reads the password from the keychain "
                        "or from PostgreSQL's password file (PGPASSFILE), so it never ends up in settings or logs.");
            return std::nullopt;
        } else if (const QString option = key; std::find_if(std::begin(kKnownOptions), std::end(kKnownOptions), [&option](const char* k) {
                       return option == QLatin1String(k);
                   }) != std::end(kKnownOptions)) {
            if (value.contains(u';') || value.contains(u'=')) {
                *error = tr("The catalog option %1 has a value Pricebook cannot pass on: %2").arg(key, value);
                return std::nullopt;
            }
            options << key + u'=' + value;
        } else {
            *error = tr("The catalog address has an option Pricebook does not know: %1").arg(key);
            return std::nullopt;
        }
    }
    if (!l.isLocal() && l.sslMode != QLatin1String("verify-full")) {
        *error = tr("The catalog server %1 is not on this machine, so the connection must be encrypted and the server's "
                    "certificate checked: add ?sslmode=verify-full to the address (plain connections are only for "
                    "localhost and Unix sockets).").arg(l.host);
        return std::nullopt;
    }
    if (!l.sslMode.isEmpty())
        options.prepend(QStringLiteral("sslmode=") + l.sslMode);
    l.options = options.join(u';');
    return l;
}

QString CatalogLocation::fromEnvironment(const QString& given, const QString& defaultPath)
{
    if (!given.isEmpty())
        return given;
    const QString env = qEnvironmentVariable("PRICEBOOK_CATALOG");
    return env.isEmpty() ? defaultPath : env;
}

bool CatalogLocation::isLocal() const
{
    if (engine == SQLite || host.isEmpty() || host.startsWith(u'/'))
        return true;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1, written as addresses (a name other than localhost may resolve anywhere).
    static const QRegularExpression loopback4(QStringLiteral("^127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = loopback4.match(host);
    if (m.hasMatch())
        return m.captured(1).toInt() < 256 && m.captured(2).toInt() < 256 && m.captured(3).toInt() < 256;
    return host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1");
}

QString CatalogLocation::display() const
{
    if (engine == SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url.setHost(host.isEmpty() ? QString() : host);
    if (port > 0 && !socket)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (socket && port > 0)
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    for (const QString& option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
}

QString CatalogLocation::secretId() const
{
    return QStringLiteral("catalog:%1@%2:%3/%4").arg(user, host.isEmpty() ? QStringLiteral("localhost") : host)
        .arg(port > 0 ? port : 5432).arg(database);
}

} // namespace pb
