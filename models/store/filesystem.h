// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan {

/// The kind of file system a file is on, as far as SQLite's journal cares: WAL needs shared memory that
/// network file systems do not provide (https://www.sqlite.org/wal.html, "WAL does not work over a network
/// filesystem").
enum class FileSystemKind { Local, Network, Unknown };

FileSystemKind fileSystemKind(const QString &path);
/// The same decision from a statfs f_type magic number (Linux), separate so it can be tested.
FileSystemKind fileSystemKindOfMagic(unsigned long magic);

} // namespace ecoplan
