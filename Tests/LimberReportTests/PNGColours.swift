import Foundation

/// Counts the pixels of given colours in a PNG, by handing the file to a short Python script
/// (its standard library inflates PNG; Foundation does not): a screenshot's charts are
/// checked by the colours they are drawn in.
enum PNGColours {
    static let script = """
        import struct, sys, zlib, json
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
        pos, idat, width, height, kind = 8, b'', 0, 0, 0
        while pos < len(data):
            length, tag = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if tag == b'IHDR':
                width, height, depth, kind = struct.unpack('>IIBB', body[:10])
                assert depth == 8 and kind in (2, 6), 'unexpected PNG kind'
            elif tag == b'IDAT':
                idat += body
            pos += 12 + length
        raw, size = zlib.decompress(idat), (3 if kind == 2 else 4)
        stride, previous, rows, offset = width * size, bytearray(width * size), [], 0
        for _ in range(height):
            kind_of_filter, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
            offset += 1 + stride
            for i in range(stride):
                left = line[i - size] if i >= size else 0
                up = previous[i]
                corner = previous[i - size] if i >= size else 0
                if kind_of_filter == 1: line[i] = (line[i] + left) & 255
                elif kind_of_filter == 2: line[i] = (line[i] + up) & 255
                elif kind_of_filter == 3: line[i] = (line[i] + (left + up) // 2) & 255
                elif kind_of_filter == 4:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
            rows.append(line)
            previous = line
        wanted = json.loads(sys.argv[2])
        counts = {name: 0 for name in wanted}
        lookup = {tuple(rgb): name for name, rgb in wanted.items()}
        for line in rows:
            for x in range(0, stride, size):
                name = lookup.get((line[x], line[x + 1], line[x + 2]))
                if name: counts[name] += 1
        print(json.dumps(counts))
        """

    static func count(in png: URL, colours: [String: (Int, Int, Int)]) throws -> [String: Int] {
        let wanted = try JSONSerialization.data(withJSONObject: colours.mapValues { [$0.0, $0.1, $0.2] })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, png.path, String(decoding: wanted, as: UTF8.self)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return try JSONDecoder().decode([String: Int].self, from: data)
    }
}
