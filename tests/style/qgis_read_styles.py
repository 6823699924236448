# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens layers of a GeoPackage in QGIS (its Python API) and prints, as JSON, the style QGIS gave each from
the file's layer_styles table. Used by tst_qgisstyle. Usage: qgis_read_styles.py FILE LAYER..."""
import json
import os
import sys

from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
path, layers = sys.argv[1], sys.argv[2:]
out = {}


def colour(symbol):
    """The colour of the topmost symbol layer (a line's casing is the one below)."""
    return symbol.symbolLayer(symbol.symbolLayerCount() - 1).color().name()


for name in layers:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        out[name] = {"error": "invalid layer"}
        continue
    r = layer.renderer()
    info = {"renderer": r.type(), "opacity": layer.opacity(),
            "scaleBased": layer.hasScaleBasedVisibility(),
            "minScale": layer.minimumScale(), "maxScale": layer.maximumScale(),
            "labels": layer.labelsEnabled()}
    if r.type() == "categorizedSymbol":
        info["attr"] = r.classAttribute()
        info["categories"] = [[str(c.value()), c.label(), colour(c.symbol())] for c in r.categories()]
    elif r.type() == "graduatedSymbol":
        info["attr"] = r.classAttribute()
        info["ranges"] = [[g.lowerValue(), g.upperValue(), g.label(), colour(g.symbol())] for g in r.ranges()]
    else:
        info["color"] = colour(r.symbol())
        info["symbolLayer"] = r.symbol().symbolLayer(0).layerType()
    if layer.labelsEnabled() and layer.labeling() is not None:
        s = layer.labeling().settings()
        info["labelField"] = s.fieldName
        info["labelPlacement"] = int(s.placement)
        # Keep the copies alive: buffer() refers into the format it came from.
        text_format = s.format()
        buffer = text_format.buffer()
        info["labelSize"] = text_format.size()
        info["labelBuffer"] = buffer.enabled()
        info["labelBufferSize"] = buffer.size()
    out[name] = info
print(json.dumps(out, ensure_ascii=False), flush=True)
# QGIS 3.22's exitQgis() can crash on the way out; the answer is already written.
os._exit(0)
