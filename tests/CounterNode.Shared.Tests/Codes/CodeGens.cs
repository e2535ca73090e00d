using CounterNode.Shared.Codes;
using CsCheck;

namespace CounterNode.Shared.Tests.Codes;

/// <summary>Generators of valid codes for property tests.</summary>
internal static class CodeGens
{
    private const string AgencyChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static readonly Gen<string> AgencySegment =
        Gen.Char[AgencyChars].Array[1, AgencyCode.MaxSegmentLength].Select(a => new string(a));

    public static readonly Gen<string> AgencyText =
        AgencySegment.Array[1, AgencyCode.MaxSegments].Select(s => string.Join('.', s));

    public static readonly Gen<DateOnly> CodeDate =
        Gen.DateOnly[DossierCode.MinDate, DossierCode.MaxDate];

    public static readonly Gen<DossierCode> Dossier =
        Gen.Select(AgencyText, CodeDate, Gen.Int[DossierCode.MinSequence, DossierCode.MaxSequence],
            (agency, date, sequence) => new DossierCode(AgencyCode.Parse(agency), date, sequence));

    public static readonly Gen<string> Prefix =
        Gen.Char['A', 'Z'].Array[1, TicketNumberFormat.MaxPrefixLength].Select(a => new string(a));

    public static readonly Gen<TicketNumber> TicketNumber =
        Gen.Int[TicketNumberFormat.MinWidth, TicketNumberFormat.MaxWidth].SelectMany(width =>
            Gen.Select(Prefix, Gen.Int[1, TicketNumberFormat.MaxNumberFor(width)],
                (prefix, number) => new TicketNumber(prefix, number, width)));
}
