// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesystem.h"

#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

namespace ecoplan {

FileSystemKind fileSystemKindOfMagic(unsigned long magic)
{
    // Magic numbers from linux/magic.h and the file systems' sources.
    switch (magic) {
    case 0x6969:     // NFS
    case 0x517B:     // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x564C:     // NCP (NetWare)
    case 0x73757245: // CODA
    case 0x5346414F: // AFS
    case 0x01021997: // 9P (e.g. WSL's Windows drives)
    case 0x65735546: // FUSE (sshfs and most network mounts; also some local ones, WAL stays off to be safe)
    case 0x47504653: // GPFS
    case 0x0BD00BD0: // Lustre
        return FileSystemKind::Network;
    default:
        return FileSystemKind::Local;
    }
}

FileSystemKind fileSystemKind(const QString &path)
{
    struct statfs fs
    {
    };
    const QString dir = QFileInfo(path).absolutePath();
    if (statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return FileSystemKind::Unknown;
    return fileSystemKindOfMagic(static_cast<unsigned long>(fs.f_type));
}

} // namespace ecoplan
