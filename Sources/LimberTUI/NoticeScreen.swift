/// One notice alone on the screen, centred: what the patient should know while Limber waits.
enum NoticeScreen {
    static func render(_ notice: String, width: Int, height: Int, glyphs: Glyphs) -> CellBuffer {
        let buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        var layout = Layout(buffer: buffer, margin: 2)
        let lines = TextLayout.wrap(notice, width: layout.inner)
        layout.moveTo(row: max(0, (height - lines.count) / 2))
        for line in lines {
            layout.line(line, style: .warning)
        }
        return layout.buffer
    }
}
