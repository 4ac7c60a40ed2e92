#include "Claim.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace pb {

namespace {
// Translations in the "SyncEngine" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};
}

QString ClaimOwner::startOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    // /proc/PID/stat: field 22 is the start time; the command name (field 2) may hold spaces
    // and parentheses, so fields are counted from the last ')'.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
#else
    Q_UNUSED(pid);
    return {};
#endif
}

const ClaimOwner& ClaimOwner::current()
{
    static const ClaimOwner self = [] {
        ClaimOwner o;
        o.host = QSysInfo::machineHostName();
        o.pid = QCoreApplication::applicationPid();
        o.start = startOf(o.pid);
        if (o.start.isEmpty()) // no /proc: the time this was first asked, which is still unique per process
            o.start = QString::number(QDateTime::currentMSecsSinceEpoch());
        return o;
    }();
    return self;
}

QString ClaimOwner::toString() const { return QStringLiteral("%1:%2:%3").arg(host).arg(pid).arg(start); }

std::optional<ClaimOwner> ClaimOwner::fromString(const QString& owner)
{
    // From the right: a host name never ends in ":digits:digits", the pid and start do.
    const qsizetype last = owner.lastIndexOf(u':');
    const qsizetype middle = last > 0 ? owner.lastIndexOf(u':', last - 1) : -1;
    if (middle <= 0)
        return std::nullopt;
    ClaimOwner o;
    bool ok = false;
    o.host = owner.left(middle);
    o.pid = owner.mid(middle + 1, last - middle - 1).toLongLong(&ok);
    o.start = owner.mid(last + 1);
    if (!ok || o.pid <= 0)
        return std::nullopt;
    return o;
}

bool ClaimOwner::isGone(const QString& owner)
{
    const auto o = fromString(owner);
    const ClaimOwner& me = current();
    if (!o || o->host != me.host)
        return false;
    if (o->pid == me.pid)
        return o->start != me.start; // an earlier process that had this pid
#ifdef Q_OS_UNIX
    if (::kill(pid_t(o->pid), 0) != 0 && errno == ESRCH)
        return true;
    const QString start = startOf(o->pid);
    return !start.isEmpty() && start != o->start; // the pid now belongs to another process
#else
    return false;
#endif
}

QString ClaimOwner::describe() const { return Text::tr("process %1 on %2").arg(pid).arg(host); }

bool claimIsLive(const LinkClaim& claim, const QDateTime& now)
{
    return claim.isHeld() && claim.until >= now && !ClaimOwner::isGone(claim.owner);
}

QString claimHeldMessage(const QString& productName, const LinkClaim& claim)
{
    const auto owner = ClaimOwner::fromString(claim.owner);
    const QString since = claim.since.toLocalTime().toString(Qt::ISODate);
    const QString who = owner ? owner->describe() : claim.owner;
    if (owner && owner->toString() == ClaimOwner::current().toString())
        return Text::tr("“%1” is already being sent by this Pricebook since %2.").arg(productName, since);
    return Text::tr("“%1” is being sent by another Pricebook since %2 (%3); it was left to that one.").arg(productName, since, who);
}

} // namespace pb
