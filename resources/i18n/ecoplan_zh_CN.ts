<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Builds the demo project.</source>
        <translation>生成演示项目。</translation>
    </message>
</context>
<context>
    <name>ecoplan::CoordinateDisplay</name>
    <message>
        <source>Cursor position. Click to switch between decimal degrees and degrees-minutes-seconds.</source>
        <translation>光标位置。单击可在十进制度与度分秒之间切换。</translation>
    </message>
    <message>
        <source>Move the pointer over the map to see its coordinates</source>
        <translation>将鼠标移到地图上查看坐标</translation>
    </message>
    <message>
        <source>outside the coordinate system</source>
        <translation>超出坐标系范围</translation>
    </message>
</context>
<context>
    <name>ecoplan::DemoProjectBuilder</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” lacks one of the columns code, level, name_en.</source>
        <translation>“%1”缺少 code、level、name_en 列之一。</translation>
    </message>
    <message>
        <source>“%1”, row %2: expected %3 columns, found %4.</source>
        <translation>“%1”第 %2 行：应有 %3 列，实际 %4 列。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>无法将“%1”复制到“%2”。</translation>
    </message>
    <message>
        <source>Cannot open “%1” for writing: %2</source>
        <translation>无法以写入方式打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” has no layer “%2”.</source>
        <translation>“%1”中没有图层“%2”。</translation>
    </message>
    <message>
        <source>Cannot add name_en to %1: %2</source>
        <translation>无法为 %1 添加 name_en：%2</translation>
    </message>
    <message>
        <source>%1: no English name for %2 %3.</source>
        <translation>%1：%2 %3 缺少英文名。</translation>
    </message>
    <message>
        <source>Cannot write %1 %2: %3</source>
        <translation>无法写入 %1 %2：%3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ecoplan::FeatureWriter</name>
    <message>
        <source>layer “%1” has no field “%2”</source>
        <translation>图层“%1”没有字段“%2”</translation>
    </message>
    <message>
        <source>the geometry of feature %1 in “%2” is not valid WKT</source>
        <translation>“%2”中要素 %1 的几何不是有效的 WKT</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>The project has no layer “%1”.</source>
        <translation>项目中没有图层“%1”。</translation>
    </message>
    <message>
        <source>The project could not be locked for writing: %1</source>
        <translation>无法锁定项目以写入：%1</translation>
    </message>
    <message>
        <source>The change to “%1” was not saved: %2</source>
        <translation>对“%1”的修改未保存：%2</translation>
    </message>
    <message>
        <source>feature %1 does not exist</source>
        <translation>要素 %1 不存在</translation>
    </message>
    <message>
        <source>GDAL refused the row</source>
        <translation>GDAL 拒绝写入该行</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>事务未能提交</translation>
    </message>
    <message>
        <source>Layer “%1” has no feature %2.</source>
        <translation>图层“%1”中没有要素 %2。</translation>
    </message>
</context>
<context>
    <name>ecoplan::FileActions</name>
    <message>
        <source>EcoPlan Workbench</source>
        <translation>生态规划工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;矢量文件 (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf *.csv *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>“%1”: choose a .png, .pdf or .svg file name.</source>
        <translation>“%1”：请选择 .png、.pdf 或 .svg 文件名。</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>GeoPackage 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot create a project: the Henan template (henan-demo.gpkg) was not found. Rebuild the workbench.</source>
        <translation>无法新建项目：找不到河南模板（henan-demo.gpkg）。请重新构建工作台。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: it is in use or protected.</source>
        <translation>无法替换“%1”：文件正在使用或受保护。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: check that the folder exists and you may write there.</source>
        <translation>无法创建“%1”：请确认文件夹存在且有写入权限。</translation>
    </message>
</context>
<context>
    <name>ecoplan::IdentifyPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerListModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1
Source: %2
Features: %3</source>
        <translation>%1
来源：%2
要素数：%3</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerPanel</name>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>移除图层(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerPropertiesDialog</name>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>图层属性 — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Layer in file:</source>
        <translation>文件中的图层：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>访问：</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>几何类型：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>要素数：</translation>
    </message>
    <message>
        <source>Vertices:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <source>Stored in CRS:</source>
        <translation>存储坐标系：</translation>
    </message>
    <message>
        <source>Extent (lon/lat):</source>
        <translation>范围（经纬度）：</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Stated accuracy:</source>
        <translation>标称精度：</translation>
    </message>
    <message>
        <source>Vintage:</source>
        <translation>数据年份：</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ecoplan::LayerStyle</name>
    <message>
        <source>Major rivers (class 1)</source>
        <translation>主要河流（1 级）</translation>
    </message>
    <message>
        <source>Other major rivers (class 2)</source>
        <translation>其他主要河流（2 级）</translation>
    </message>
    <message>
        <source>Other rivers (class 3)</source>
        <translation>其他河流（3 级）</translation>
    </message>
    <message>
        <source>Primary zone</source>
        <translation>一级保护区</translation>
    </message>
    <message>
        <source>Secondary zone</source>
        <translation>二级保护区</translation>
    </message>
</context>
<context>
    <name>ecoplan::MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EcoPlan Workbench</source>
        <translation>关于生态规划工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>This project is open read-only: %1.</source>
        <translation>本项目以只读方式打开：%1。</translation>
    </message>
    <message>
        <source>EcoPlan Workbench</source>
        <translation>生态规划工作台</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>About EcoPlan Workbench</source>
        <translation>关于生态规划工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EcoPlan Workbench %1&lt;/h3&gt;&lt;p&gt;Henan's environmental action plans on the map.&lt;/p&gt;&lt;p&gt;Built with Qt %2, GDAL, PROJ and GEOS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled reference data&lt;/b&gt; (see data/reference/PROVENANCE.md):&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;English/pinyin names: generated with pinyin-pro (MIT) and checked by hand (data/names/PROVENANCE.md).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;生态规划工作台 %1&lt;/h3&gt;&lt;p&gt;把河南省生态环境行动方案落到地图上。&lt;/p&gt;&lt;p&gt;基于 Qt %2、GDAL、PROJ 与 GEOS 构建。&lt;/p&gt;&lt;p&gt;&lt;b&gt;内置参考数据&lt;/b&gt;（见 data/reference/PROVENANCE.md）：&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;英文/拼音地名：由 pinyin-pro（MIT）生成并经人工核对（data/names/PROVENANCE.md）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;(no project open)&lt;/li&gt;</source>
        <translation>&lt;li&gt;（未打开项目）&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>ecoplan::MapExporter</name>
    <message>
        <source>Cannot write “%1”: check that the folder exists and you may write there.</source>
        <translation>无法写入“%1”：请确认文件夹存在且有写入权限。</translation>
    </message>
    <message>
        <source>“%1”: choose a .png, .pdf or .svg file name.</source>
        <translation>“%1”：请选择 .png、.pdf 或 .svg 文件名。</translation>
    </message>
</context>
<context>
    <name>ecoplan::OgrLayerReader</name>
    <message>
        <source>%1, layer “%2”: no coordinate system is given; assuming WGS 84 longitude/latitude (EPSG:4326).</source>
        <translation>%1 的图层“%2”未给出坐标系，按 WGS 84 经纬度（EPSG:4326）处理。</translation>
    </message>
    <message>
        <source>Cannot read layer “%1” of %2: %3</source>
        <translation>无法读取 %2 的图层“%1”：%3</translation>
    </message>
    <message>
        <source>%1, layer “%2” has no geometry; it is listed but not drawn.</source>
        <translation>%1 的图层“%2”没有几何，只列出不绘制。</translation>
    </message>
</context>
<context>
    <name>ecoplan::Project</name>
    <message>
        <source>the layers were opened from files that are not a project</source>
        <translation>图层来自非项目文件</translation>
    </message>
    <message>
        <source>These layers were opened from files that are not a project; they cannot be edited.</source>
        <translation>这些图层来自非项目文件，不能编辑。</translation>
    </message>
    <message>
        <source>The change was saved, but layer “%1” could not be re-read: %2</source>
        <translation>修改已保存，但无法重新读取图层“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectLoader</name>
    <message>
        <source>Province boundary</source>
        <translation>省界</translation>
    </message>
    <message>
        <source>Prefecture-level cities</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>Counties and districts</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Lakes and reservoirs</source>
        <translation>湖泊与水库</translation>
    </message>
    <message>
        <source>South-to-North canal (schematic)</source>
        <translation>南水北调中线总干渠（示意）</translation>
    </message>
    <message>
        <source>Sewage outfalls</source>
        <translation>入河排污口</translation>
    </message>
    <message>
        <source>Historical mines</source>
        <translation>历史遗留矿山</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <source>Canal protection zones</source>
        <translation>总干渠保护区</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectSchema</name>
    <message>
        <source>%1 was written by a newer EcoPlan Workbench (project schema %2; this version reads up to %3). Update the workbench to open it.</source>
        <translation>%1 由更新版本的生态规划工作台写入（项目结构 %2；本版本最高支持 %3）。请升级工作台后再打开。</translation>
    </message>
    <message>
        <source>Cannot change %1: it could not be locked for writing.</source>
        <translation>无法修改 %1：无法锁定文件以写入。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to project schema %2: %3. The file was left unchanged.</source>
        <translation>无法将 %1 升级到项目结构 %2：%3。文件保持原样。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The file was left unchanged.</source>
        <translation>无法升级 %1：%2。文件保持原样。</translation>
    </message>
    <message>
        <source>Cannot write %1: the upgrade could not be committed.</source>
        <translation>无法写入 %1：升级未能提交。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ProjectStore</name>
    <message>
        <source>it is on a read-only medium</source>
        <translation>文件位于只读介质上</translation>
    </message>
    <message>
        <source>you have no permission to change it</source>
        <translation>您没有修改该文件的权限</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>所在文件夹不可写</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file.</source>
        <translation>无法打开 %1：这是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: you have no permission to read it.</source>
        <translation>无法打开 %1：您没有读取权限。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a project: it is not a GeoPackage (not an SQLite database). To view other vector files use File &gt; Add Layer.</source>
        <translation>无法将 %1 作为项目打开：它不是 GeoPackage（不是 SQLite 数据库）。查看其他矢量文件请用“文件 &gt; 添加图层”。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open %1: another program is writing to it and holds a lock. Close that program or wait until it has finished, then open the file again.</source>
        <translation>无法打开 %1：另一个程序正在写入并锁定了该文件。请关闭该程序或等待其完成后再打开。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (%2). Open a backup copy instead.</source>
        <translation>无法打开 %1：文件已损坏（%2）。请改用备份副本。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a project: it is an SQLite database but not a GeoPackage.</source>
        <translation>无法将 %1 作为项目打开：它是 SQLite 数据库，但不是 GeoPackage。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a GeoPackage: %2</source>
        <translation>无法将 %1 作为 GeoPackage 打开：%2</translation>
    </message>
    <message>
        <source>GDAL could not read it.</source>
        <translation>GDAL 无法读取。</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 中没有图层“%2”。</translation>
    </message>
    <message>
        <source>%1 is the open project; choose another name.</source>
        <translation>%1 是当前打开的项目，请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot save %1: its folder does not exist or is not writable.</source>
        <translation>无法保存 %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the copy was not written.</source>
        <translation>副本未写入。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use or protected.</source>
        <translation>无法替换 %1：文件正在使用或受保护。</translation>
    </message>
    <message>
        <source>Cannot save %1: the copy could not be renamed.</source>
        <translation>无法保存 %1：副本无法重命名。</translation>
    </message>
    <message>
        <source>it is open for editing in another EcoPlan Workbench (process %1 on %2)</source>
        <translation>另一个生态规划工作台正在编辑它（%2 上的进程 %1）</translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation>无法创建其锁文件</translation>
    </message>
    <message>
        <source>%1 is on a network drive: edits are written with SQLite's rollback journal instead of WAL, which is slower. Keep only one workbench editing it at a time.</source>
        <translation>%1 位于网络驱动器上：编辑改用 SQLite 回滚日志而非 WAL 写入，速度较慢。请同一时间只在一个工作台中编辑。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2); the change was not made.</source>
        <translation>%1 以只读方式打开（%2），修改未执行。</translation>
    </message>
    <message>
        <source>%1 was opened for viewing only; the change was not made.</source>
        <translation>%1 仅以查看方式打开，修改未执行。</translation>
    </message>
    <message>
        <source>%1: SQLite could not switch to WAL; edits use the rollback journal.</source>
        <translation>%1：SQLite 无法切换到 WAL，编辑改用回滚日志。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ScaleEdit</name>
    <message>
        <source>Map scale: type e.g. 1:250000 and press Enter</source>
        <translation>地图比例尺：输入如 1:250000 后按回车</translation>
    </message>
</context>
<context>
    <name>ecoplan::VectorFileReader</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: you have no permission to read it.</source>
        <translation>无法打开 %1：您没有读取权限。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a vector format GDAL can read.</source>
        <translation>不是 GDAL 能读取的矢量格式。</translation>
    </message>
    <message>
        <source>%1 contains no vector layer with geometry.</source>
        <translation>%1 中没有带几何的矢量图层。</translation>
    </message>
</context>
<context>
    <name>ecoplan::ViewActions</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>拉框放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>缩放到所选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>缩放到图层(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Display &amp;Coordinate System</source>
        <translation>显示坐标系(&amp;C)</translation>
    </message>
    <message>
        <source>Label Places in &amp;English/Pinyin</source>
        <translation>地名注记用英文/拼音(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
</context>
</TS>