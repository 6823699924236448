// SPDX-License-Identifier: GPL-3.0-or-later
// RAII for GEOS's reentrant C API: a context per computation (or per thread) and geometries, prepared
// geometries and STR trees owned by smart pointers that know their context.
#pragma once

#include <geos_c.h>

#include <memory>

namespace ecoplan::geos {

/// One GEOS context. A context and what was made with it belong to one thread at a time.
class Context
{
public:
    Context() : m_handle(GEOS_init_r()) {}
    ~Context() { GEOS_finish_r(m_handle); }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    GEOSContextHandle_t handle() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

struct GeomDeleter
{
    GEOSContextHandle_t h;
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(h, g); }
};
struct PreparedDeleter
{
    GEOSContextHandle_t h;
    void operator()(const GEOSPreparedGeometry *g) const { GEOSPreparedGeom_destroy_r(h, g); }
};
struct TreeDeleter
{
    GEOSContextHandle_t h;
    void operator()(GEOSSTRtree *t) const { GEOSSTRtree_destroy_r(h, t); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;
using TreePtr = std::unique_ptr<GEOSSTRtree, TreeDeleter>;

inline GeomPtr wrap(GEOSContextHandle_t h, GEOSGeometry *g)
{
    return GeomPtr(g, GeomDeleter{h});
}

} // namespace ecoplan::geos
