#pragma once
// This process as the holder of claims on catalog products (Catalog::claim), and whether the
// holder of another claim still runs. A claim's owner is "host:pid:start", where start tells a
// process apart from a later one that got the same pid.
//   ClaimRequest r;
//   r.owner = ClaimOwner::current().toString();
//   r.ownerGone = &ClaimOwner::isGone;

#include "services/storage/Catalog.h"

#include <optional>

namespace pb {

struct ClaimOwner {
    QString host;
    qint64 pid = 0;
    QString start; // the process's start, as the system counts it (Linux: clock ticks since boot)

    static const ClaimOwner& current();
    QString toString() const;
    static std::optional<ClaimOwner> fromString(const QString& owner);
    // True only when it is certain that the owner no longer runs: it ran on this host and no
    // process with its pid and start is alive. Another host's claim only ends with its lease.
    static bool isGone(const QString& owner);
    // The start of a running process on this host; empty when there is none (or it cannot be read).
    static QString startOf(qint64 pid);
    // "process 4711 on build-box"
    QString describe() const;
};

// Whether a claim is held by a process that still runs and whose lease has not run out.
bool claimIsLive(const LinkClaim& claim, const QDateTime& now = QDateTime::currentDateTimeUtc());
// “Gold” is being sent by another Pricebook since 09:12:03 (process 4711 on build-box).
QString claimHeldMessage(const QString& productName, const LinkClaim& claim);

} // namespace pb
