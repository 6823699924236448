// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace ecoplan {

/// The plain text of a plan document, chosen by extension:
/// * .txt: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030, the usual encoding of Chinese
///   government files;
/// * .docx: the paragraphs of word/document.xml, one per line (tabs and breaks kept);
/// * .pdf: each page's text in reading order, pages separated by a blank line.
/// Fails with a message naming the file and why: missing, unreadable, empty, not a .docx (zip), an
/// encrypted PDF, a PDF without a text layer (scanned), an unknown extension.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::DocumentReader)
public:
    static Result<QString> readText(const QString &path);

private:
    static Result<QString> readPlainText(const QString &path);
    static Result<QString> readDocx(const QString &path);
    static Result<QString> readPdf(const QString &path);
};

} // namespace ecoplan
