// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <proj.h>

#include <memory>

namespace ecoplan::proj {

struct ContextDeleter
{
    void operator()(PJ_CONTEXT *c) const { proj_context_destroy(c); }
};
struct PjDeleter
{
    void operator()(PJ *p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

} // namespace ecoplan::proj
