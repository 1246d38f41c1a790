using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// The zip container of a workbook, written forward only. The OpenXML SDK's own packaging cannot do
/// that: opened write-only it refuses to add parts ("Cannot retrieve parts of writeonly container"),
/// and opened read-write the zip keeps every part uncompressed in memory until it is closed — the
/// whole sheet. So the container is a zip archive in create mode over a non-seekable stream, every
/// part's XML is written by the SDK (<see cref="OpenXmlWriter"/>), and the three small packaging
/// parts that name the others (content types and relationships) are written here at the end.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private readonly ZipArchive _zip;
    private int _sheets;

    public XlsxPackage(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>The relationship id of sheet <paramref name="number"/> (1-based) from the workbook.</summary>
    public static string SheetRelationshipId(int number) => "rId" + number;

    /// <summary>Opens the next worksheet part (<c>xl/worksheets/sheetN.xml</c>); write it completely before opening another part.</summary>
    public XlsxPart OpenSheet()
    {
        _sheets++;
        return OpenPart($"xl/worksheets/sheet{_sheets}.xml");
    }

    /// <summary>Writes a small part that is built whole (workbook, styles).</summary>
    public void WritePart(string path, OpenXmlElement root)
    {
        using var part = OpenPart(path);
        part.Writer.WriteElement(root);
        part.Writer.Close();
    }

    /// <summary>Writes the parts that tie the others together; call once, after every sheet.</summary>
    public void Finish()
    {
        WriteXml("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypesNs);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= _sheets; i++)
            {
                Override(xml, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }
            xml.WriteEndElement();
        });
        WriteXml("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", OfficeDocument, "xl/workbook.xml");
            xml.WriteEndElement();
        });
        WriteXml("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= _sheets; i++)
            {
                Relationship(xml, SheetRelationshipId(i), WorksheetRelationship, $"worksheets/sheet{i}.xml");
            }
            Relationship(xml, SheetRelationshipId(_sheets + 1), StylesRelationship, "styles.xml");
            xml.WriteEndElement();
        });
    }

    public void Dispose() => _zip.Dispose();

    private XlsxPart OpenPart(string path)
    {
        // Fastest: the server's CPU is shared, and a fifth larger file costs less than twice the time.
        var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        return new XlsxPart(writer, stream);
    }

    private void WriteXml(string path, Action<XmlWriter> body)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        body(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string type)
    {
        xml.WriteStartElement("Default", ContentTypesNs);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string type)
    {
        xml.WriteStartElement("Override", ContentTypesNs);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
