#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills ecoplan_zh_CN.ts with the Chinese UI text kept below. Run after lupdate:
    lupdate -no-obsolete -locations none models widgets app -ts resources/i18n/ecoplan_zh_CN.ts
    python3 resources/i18n/tools/fill_zh_CN.py resources/i18n/ecoplan_zh_CN.ts
A source text with no entry is reported and left unfinished (Qt then shows the English).
With --check it changes nothing and fails if the .ts file has a message without a finished translation
(the test suite runs it so that a new tr() string cannot slip into the Chinese UI untranslated)."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    "Builds the demo project.": "生成演示项目。",
    "%1, layer “%2”: no coordinate system is given; assuming WGS 84 longitude/latitude (EPSG:4326).":
        "%1 的图层“%2”未给出坐标系，按 WGS 84 经纬度（EPSG:4326）处理。",
    "Cannot read layer “%1” of %2: %3": "无法读取 %2 的图层“%1”：%3",
    "%1, layer “%2” has no geometry; it is listed but not drawn.": "%1 的图层“%2”没有几何，只列出不绘制。",
    "Cursor position. Click to switch between decimal degrees and degrees-minutes-seconds.":
        "光标位置。单击可在十进制度与度分秒之间切换。",
    "Move the pointer over the map to see its coordinates": "将鼠标移到地图上查看坐标",
    "outside the coordinate system": "超出坐标系范围",
    "Cannot read “%1”: %2": "无法读取“%1”：%2",
    "“%1” lacks one of the columns code, level, name_en.": "“%1”缺少 code、level、name_en 列之一。",
    "“%1”, row %2: expected %3 columns, found %4.": "“%1”第 %2 行：应有 %3 列，实际 %4 列。",
    "Cannot copy “%1” to “%2”.": "无法将“%1”复制到“%2”。",
    "Cannot open “%1” for writing: %2": "无法以写入方式打开“%1”：%2",
    "“%1” has no layer “%2”.": "“%1”中没有图层“%2”。",
    "Cannot add name_en to %1: %2": "无法为 %1 添加 name_en：%2",
    "%1: no English name for %2 %3.": "%1：%2 %3 缺少英文名。",
    "Cannot write %1 %2: %3": "无法写入 %1 %2：%3",
    "Cannot write “%1”: %2": "无法写入“%1”：%2",
    "EcoPlan Workbench": "生态规划工作台",
    "&File": "文件(&F)",
    "&Open…": "打开(&O)…",
    "Open &Recent": "最近打开(&R)",
    "&Add Layer…": "添加图层(&A)…",
    "&Export Map…": "导出地图(&E)…",
    "&Quit": "退出(&Q)",
    "GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;All files (*)":
        "GeoPackage (*.gpkg);;矢量文件 (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;所有文件 (*)",
    "Open Project": "打开项目",
    "Add Layer": "添加图层",
    "Export Map": "导出地图",
    "PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)": "PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)",
    "Opening %1…": "正在打开 %1…",
    "Reading %1…": "正在读取 %1…",
    "“%1”: choose a .png, .pdf or .svg file name.": "“%1”：请选择 .png、.pdf 或 .svg 文件名。",
    "Field": "字段",
    "Value": "值",
    "No feature here": "此处没有要素",
    "Feature %1": "要素 %1",
    "(null)": "（空）",
    "%1 [%2]": "%1 [%2]",
    "&Zoom to Layer": "缩放到图层(&Z)",
    "&Properties…": "属性(&P)…",
    "&Remove Layer": "移除图层(&R)",
    "%1\nSource: %2\nFeatures: %3": "%1\n来源：%2\n要素数：%3",
    "Points": "点",
    "Lines": "线",
    "Polygons": "面",
    "No geometry": "无几何",
    "Layer Properties — %1": "图层属性 — %1",
    "Name:": "名称：",
    "File:": "文件：",
    "Layer in file:": "文件中的图层：",
    "Format:": "格式：",
    "Access:": "访问：",
    "read-only": "只读",
    "editable": "可编辑",
    "Geometry:": "几何类型：",
    "Features:": "要素数：",
    "Vertices:": "节点数：",
    "Stored in CRS:": "存储坐标系：",
    "Extent (lon/lat):": "范围（经纬度）：",
    "Information": "信息",
    "Source:": "来源：",
    "Licence:": "许可：",
    "Stated accuracy:": "标称精度：",
    "Vintage:": "数据年份：",
    "Provenance": "数据来源",
    "Type": "类型",
    "Fields": "字段",
    "Opacity:": "不透明度：",
    "Display": "显示",
    "Major rivers (class 1)": "主要河流（1 级）",
    "Other major rivers (class 2)": "其他主要河流（2 级）",
    "Other rivers (class 3)": "其他河流（3 级）",
    "&Help": "帮助(&H)",
    "&About EcoPlan Workbench": "关于生态规划工作台(&A)",
    "Layers": "图层",
    "Legend": "图例",
    "Identify Results": "识别结果",
    "Scale": "比例尺",
    "Rendering…": "正在绘制…",
    "This project is open read-only: %1.": "本项目以只读方式打开：%1。",
    "Untitled": "未命名",
    " [read-only]": " [只读]",
    "About EcoPlan Workbench": "关于生态规划工作台",
    "<h3>EcoPlan Workbench %1</h3><p>Henan's environmental action plans on the map.</p><p>Built with Qt %2, GDAL, PROJ and GEOS.</p><p><b>Bundled reference data</b> (see data/reference/PROVENANCE.md):</p><ul>%3</ul><p>English/pinyin names: generated with pinyin-pro (MIT) and checked by hand (data/names/PROVENANCE.md).</p>":
        "<h3>生态规划工作台 %1</h3><p>把河南省生态环境行动方案落到地图上。</p><p>基于 Qt %2、GDAL、PROJ 与 GEOS 构建。</p><p><b>内置参考数据</b>（见 data/reference/PROVENANCE.md）：</p><ul>%3</ul><p>英文/拼音地名：由 pinyin-pro（MIT）生成并经人工核对（data/names/PROVENANCE.md）。</p>",
    "<li>(no project open)</li>": "<li>（未打开项目）</li>",
    "Cannot write “%1”: check that the folder exists and you may write there.": "无法写入“%1”：请确认文件夹存在且有写入权限。",
    "the layers were opened from files that are not a project": "图层来自非项目文件",
    "Province boundary": "省界",
    "Prefecture-level cities": "地级市",
    "Counties and districts": "县（市、区）",
    "Rivers": "河流",
    "Lakes and reservoirs": "湖泊与水库",
    "South-to-North canal (schematic)": "南水北调中线总干渠（示意）",
    "it is on a read-only medium": "文件位于只读介质上",
    "you have no permission to change it": "您没有修改该文件的权限",
    "its folder is not writable": "所在文件夹不可写",
    "Cannot open %1: the file does not exist.": "无法打开 %1：文件不存在。",
    "Cannot open %1: it is a folder, not a project file.": "无法打开 %1：这是文件夹，不是项目文件。",
    "Cannot open %1: you have no permission to read it.": "无法打开 %1：您没有读取权限。",
    "Cannot open %1 as a project: it is not a GeoPackage (not an SQLite database). To view other vector files use File > Add Layer.":
        "无法将 %1 作为项目打开：它不是 GeoPackage（不是 SQLite 数据库）。查看其他矢量文件请用“文件 > 添加图层”。",
    "Cannot open %1: %2.": "无法打开 %1：%2。",
    "Cannot open %1: another program is writing to it and holds a lock. Close that program or wait until it has finished, then open the file again.":
        "无法打开 %1：另一个程序正在写入并锁定了该文件。请关闭该程序或等待其完成后再打开。",
    "Cannot open %1: the file is damaged (%2). Open a backup copy instead.": "无法打开 %1：文件已损坏（%2）。请改用备份副本。",
    "Cannot open %1 as a project: it is an SQLite database but not a GeoPackage.": "无法将 %1 作为项目打开：它是 SQLite 数据库，但不是 GeoPackage。",
    "Cannot open %1 as a GeoPackage: %2": "无法将 %1 作为 GeoPackage 打开：%2",
    "GDAL could not read it.": "GDAL 无法读取。",
    "%1 has no layer “%2”.": "%1 中没有图层“%2”。",
    "Map scale: type e.g. 1:250000 and press Enter": "地图比例尺：输入如 1:250000 后按回车",
    "Cannot open %1: %2": "无法打开 %1：%2",
    "it is not a vector format GDAL can read.": "不是 GDAL 能读取的矢量格式。",
    "%1 contains no vector layer with geometry.": "%1 中没有带几何的矢量图层。",
    "&View": "视图(&V)",
    "Map": "地图",
    "&Pan": "平移(&P)",
    "&Zoom to Box": "拉框放大(&Z)",
    "&Identify": "识别(&I)",
    "&Select": "选择(&S)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "Zoom to &Full Extent": "全图显示(&F)",
    "Zoom to Se&lection": "缩放到所选(&L)",
    "Zoom to &Layer": "缩放到图层(&L)",
    "&Clear Selection": "清除选择(&C)",
    "&Refresh": "刷新(&R)",
    "Display &Coordinate System": "显示坐标系(&C)",
    "Label Places in &English/Pinyin": "地名注记用英文/拼音(&E)",
    "&Panels": "面板(&P)",
    "&New Project…": "新建项目(&N)…",
    "Save &As…": "另存为(&A)…",
    "New Project": "新建项目",
    "GeoPackage project (*.gpkg)": "GeoPackage 项目 (*.gpkg)",
    "Save Project As": "项目另存为",
    "Cannot create a project: the Henan template (henan-demo.gpkg) was not found. Rebuild the workbench.":
        "无法新建项目：找不到河南模板（henan-demo.gpkg）。请重新构建工作台。",
    "Cannot replace “%1”: it is in use or protected.": "无法替换“%1”：文件正在使用或受保护。",
    "Cannot create “%1”: check that the folder exists and you may write there.": "无法创建“%1”：请确认文件夹存在且有写入权限。",
    "Primary zone": "一级保护区",
    "Secondary zone": "二级保护区",
    "Sewage outfalls": "入河排污口",
    "Historical mines": "历史遗留矿山",
    "Villages": "村庄",
    "Canal protection zones": "总干渠保护区",
    "%1 was written by a newer EcoPlan Workbench (project schema %2; this version reads up to %3). Update the workbench to open it.":
        "%1 由更新版本的生态规划工作台写入（项目结构 %2；本版本最高支持 %3）。请升级工作台后再打开。",
    "Cannot change %1: it could not be locked for writing.": "无法修改 %1：无法锁定文件以写入。",
    "Cannot upgrade %1 to project schema %2: %3. The file was left unchanged.": "无法将 %1 升级到项目结构 %2：%3。文件保持原样。",
    "Cannot upgrade %1: %2. The file was left unchanged.": "无法升级 %1：%2。文件保持原样。",
    "Cannot write %1: the upgrade could not be committed.": "无法写入 %1：升级未能提交。",
    "%1 is the open project; choose another name.": "%1 是当前打开的项目，请换一个文件名。",
    "Cannot save %1: its folder does not exist or is not writable.": "无法保存 %1：文件夹不存在或不可写。",
    "Cannot save %1: %2": "无法保存 %1：%2",
    "the copy was not written.": "副本未写入。",
    "Cannot replace %1: it is in use or protected.": "无法替换 %1：文件正在使用或受保护。",
    "Cannot save %1: the copy could not be renamed.": "无法保存 %1：副本无法重命名。",
    "it is open for editing in another EcoPlan Workbench (process %1 on %2)": "另一个生态规划工作台正在编辑它（%2 上的进程 %1）",
    "its lock file could not be created": "无法创建其锁文件",
    "layer “%1” has no field “%2”": "图层“%1”没有字段“%2”",
    "the geometry of feature %1 in “%2” is not valid WKT": "“%2”中要素 %1 的几何不是有效的 WKT",
    "the audit log could not be written": "无法写入审计日志",
    "The project has no layer “%1”.": "项目中没有图层“%1”。",
    "The project could not be locked for writing: %1": "无法锁定项目以写入：%1",
    "The change to “%1” was not saved: %2": "对“%1”的修改未保存：%2",
    "feature %1 does not exist": "要素 %1 不存在",
    "GDAL refused the row": "GDAL 拒绝写入该行",
    "The change was saved, but layer “%1” could not be re-read: %2": "修改已保存，但无法重新读取图层“%1”：%2",
    "%1: SQLite could not switch to WAL; edits use the rollback journal.": "%1：SQLite 无法切换到 WAL，编辑改用回滚日志。",
    "the transaction could not be committed": "事务未能提交",
    "Layer “%1” has no feature %2.": "图层“%1”中没有要素 %2。",
    "These layers were opened from files that are not a project; they cannot be edited.": "这些图层来自非项目文件，不能编辑。",
    "%1 is open read-only (%2); the change was not made.": "%1 以只读方式打开（%2），修改未执行。",
    "%1 was opened for viewing only; the change was not made.": "%1 仅以查看方式打开，修改未执行。",
    "%1 is on a network drive: edits are written with SQLite's rollback journal instead of WAL, which is slower. Keep only one workbench editing it at a time.":
        "%1 位于网络驱动器上：编辑改用 SQLite 回滚日志而非 WAL 写入，速度较慢。请同一时间只在一个工作台中编辑。",
}
# Shortcuts and format-only strings stay as they are.
IDENTICAL = {"Ctrl+Shift+A", "Ctrl+E", "P", "Z", "I", "S", "Ctrl+Shift+F", "Ctrl+J", "Ctrl+Shift+L", "Ctrl+Shift+N", "%1"}

if sys.argv[1] == "--check":
    tree = ET.parse(sys.argv[2])
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "").strip()]
    for u in unfinished:
        print("unfinished translation:", u)
    print(f"{sum(1 for _ in tree.iter('message'))} messages, {len(unfinished)} unfinished")
    sys.exit(1 if unfinished else 0)

tree = ET.parse(sys.argv[1])
missing = []
for message in tree.iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    text = source if source in IDENTICAL else ZH.get(source)
    if text is None:
        missing.append(source)
        continue
    translation.text = text
    translation.attrib.pop("type", None)
tree.write(sys.argv[1], encoding="utf-8", xml_declaration=True)
for m in missing:
    print("untranslated:", m)
sys.exit(1 if missing else 0)
