#pragma once
// Where the catalog lives: a SQLite file (a path) or a PostgreSQL database (a URL,
// postgresql://user@host:port/database?sslmode=verify-full, or ?host=/socket/folder). Read from
// --catalog or $PRICEBOOK_CATALOG. A password never belongs in it: it comes from the keychain or
// from libpq's own PGPASSFILE.
//   QString error;
//   const auto where = CatalogLocation::parse(text, &error);
//   if (!where) ...; // error says why, in words

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pb {

struct CatalogLocation {
    Q_DECLARE_TR_FUNCTIONS(CatalogLocation)

public:
    enum Engine { SQLite, PostgreSQL };
    Engine engine = SQLite;
    QString path;      // SQLite: the file
    QString host;      // PostgreSQL: a name, an address, or a Unix socket folder (starts with '/'); empty: libpq's default socket
    int port = -1;     // -1: the default
    QString user;
    QString database;
    QString sslMode;   // as given; empty is libpq's default
    QString options;   // further libpq connection options, "key=value;..." as QPSQL takes them

    // A path or a postgresql:// (or postgres://) URL. A URL with a password, an unknown option,
    // or a plain connection to a host that is neither loopback nor a Unix socket is refused.
    static std::optional<CatalogLocation> parse(const QString& text, QString* error);
    // --catalog, else $PRICEBOOK_CATALOG, else the SQLite file in the data folder.
    static QString fromEnvironment(const QString& given, const QString& defaultPath);

    bool isServer() const { return engine == PostgreSQL; }
    bool isLocal() const; // a Unix socket or a loopback address: plain connections allowed
    // The location in words for messages and settings: the URL without any secret, or the path.
    QString display() const;
    // The name the catalog's password has in the keychain: "catalog:user@host:port/database".
    QString secretId() const;
};

} // namespace pb
