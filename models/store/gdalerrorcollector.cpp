// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalerrorcollector.h"

#include <cpl_error.h>

namespace ecoplan {

static void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *message)
{
    if (level < CE_Failure)
        return;
    auto *errors = static_cast<QStringList *>(CPLGetErrorHandlerUserData());
    errors->append(QString::fromUtf8(message));
}

GdalErrorCollector::GdalErrorCollector()
{
    CPLPushErrorHandlerEx(collect, &m_errors);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

QString GdalErrorCollector::lastError(const QString &fallback) const
{
    return m_errors.isEmpty() ? fallback : m_errors.constLast();
}

} // namespace ecoplan
