using System.Globalization;
using System.Text;
using System.Text.Json;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// Checks one catalogue entry of any type and returns its canonical JSON (NFC text, trimmed,
/// serialised with <see cref="MutatorJson.Options"/>), so the Hub's admin API, its seeding and
/// the mutator agree on what is valid. References to other entries (departments, services) must
/// already exist in <paramref name="entities"/>; the catalogue is written referenced-types-first.
/// </summary>
public static class CatalogueEntryValidator
{
    /// <summary>Validates <paramref name="data"/> as an entry of <paramref name="entityType"/> keyed <paramref name="id"/>.</summary>
    /// <exception cref="UnknownCatalogueEntityTypeException">Not a catalogue type.</exception>
    /// <exception cref="InvalidCatalogueEntryException">A field breaks a rule (named in the exception).</exception>
    /// <exception cref="CatalogueReferenceNotFoundException">A referenced department/service is not in the catalogue.</exception>
    /// <exception cref="Calendar.InvalidCalendarOptionsException">Calendar overrides are inconsistent (every problem listed).</exception>
    public static JsonElement Normalise(string? entityType, string? id, JsonElement data, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (!CatalogueEntityTypes.IsCatalogue(entityType))
            throw new UnknownCatalogueEntityTypeException(entityType);
        if (entityType == CatalogueEntityTypes.CalendarYear)
            return MutatorJson.ToElement(CalendarYearRules.Normalise(id?.Trim() ?? string.Empty, data));
        var check = new Check(entityType, id ?? string.Empty, entities);
        if (string.IsNullOrWhiteSpace(id))
            throw check.Invalid("id", "is required.", "bắt buộc phải có.");
        if (data.ValueKind != JsonValueKind.Object)
            throw check.Invalid("data", "must be a JSON object.", "phải là một đối tượng JSON.");

        return entityType switch
        {
            CatalogueEntityTypes.Center => MutatorJson.ToElement(Center(check, Read<CenterEntity>(check, data))),
            CatalogueEntityTypes.Department => MutatorJson.ToElement(Department(check, Read<DepartmentEntity>(check, data))),
            CatalogueEntityTypes.Service => MutatorJson.ToElement(Service(check, Read<ServiceEntity>(check, data))),
            CatalogueEntityTypes.Procedure => MutatorJson.ToElement(Procedure(check, Read<ProcedureEntity>(check, data))),
            CatalogueEntityTypes.Counter => MutatorJson.ToElement(Counter(check, Read<CounterEntity>(check, data))),
            CatalogueEntityTypes.Officer => MutatorJson.ToElement(Officer(check, Read<OfficerEntity>(check, data))),
            CatalogueEntityTypes.PriorityCategory => MutatorJson.ToElement(PriorityCategory(check, Read<PriorityCategoryEntity>(check, data))),
            _ => throw new UnknownCatalogueEntityTypeException(entityType),
        };
    }

    private static T Read<T>(Check check, JsonElement data)
        where T : class
    {
        try
        {
            return data.Deserialize<T>(MutatorJson.Options) ?? throw check.Invalid("data", "is empty.", "không có dữ liệu.");
        }
        catch (JsonException ex)
        {
            // The path names the field ($.departments[1]); the message says what was wrong with it.
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "data" : ex.Path.TrimStart('$', '.');
            throw check.Invalid(field, "is missing or has the wrong JSON type.", "thiếu hoặc sai kiểu dữ liệu.");
        }
    }

    private static CenterEntity Center(Check check, CenterEntity c)
    {
        if (check.Id != CatalogueEntityTypes.CenterId)
            throw check.Invalid("id", $"must be '{CatalogueEntityTypes.CenterId}'.", $"phải là \"{CatalogueEntityTypes.CenterId}\".");
        var name = check.Name("name", c.Name);
        if (!AgencyCode.IsValid(c.AgencyCode?.Trim()))
            throw check.Invalid("agencyCode", "is not a valid agency code (e.g. 000.00.00.H34).", "mã cơ quan không đúng định dạng (ví dụ 000.00.00.H34).");
        if (c.WorkingHours.Count == 0)
            throw check.Invalid("workingHours", "must list at least one period.", "phải có ít nhất một khoảng giờ làm việc.");
        var previousEnd = TimeOnly.MinValue;
        var periods = new List<WorkingPeriod>(c.WorkingHours.Count);
        for (var i = 0; i < c.WorkingHours.Count; i++)
        {
            var p = c.WorkingHours[i];
            var at = $"workingHours[{i}]";
            var from = check.Time(at + ".from", p?.From);
            var to = check.Time(at + ".to", p?.To);
            if (to <= from)
                throw check.Invalid(at + ".to", "must be later than from.", "giờ kết thúc phải sau giờ bắt đầu.");
            if (i > 0 && from < previousEnd)
                throw check.Invalid(at + ".from", "overlaps or precedes the previous period.", "trùng hoặc đứng trước khoảng giờ trước đó.");
            previousEnd = to;
            periods.Add(new WorkingPeriod(CatalogueTime.ToText(from), CatalogueTime.ToText(to)));
        }

        var cutOff = check.Time("cutOff", c.CutOff);
        var transfers = new List<string>(c.PaperTransferTimes.Count);
        for (var i = 0; i < c.PaperTransferTimes.Count; i++)
            transfers.Add(CatalogueTime.ToText(check.Time($"paperTransferTimes[{i}]", c.PaperTransferTimes[i])));
        return new CenterEntity(name, c.AgencyCode!.Trim(), periods, CatalogueTime.ToText(cutOff), [.. transfers.Distinct().Order(StringComparer.Ordinal)]);
    }

    private static DepartmentEntity Department(Check check, DepartmentEntity d)
    {
        if (!CatalogueRules.IsDepartmentCode(d.Code))
            throw check.Invalid("code", $"must be 1-{CatalogueRules.MaxDepartmentCodeLength} upper-case letters or digits.", "chỉ gồm chữ in hoa không dấu và chữ số.");
        check.KeyMatches("code", d.Code);
        return new DepartmentEntity(d.Code, check.Name("name", d.Name));
    }

    private static ServiceEntity Service(Check check, ServiceEntity s)
    {
        if (!TicketNumberFormat.IsValidPrefix(s.Prefix))
            throw check.Invalid("prefix", $"must be 1-{TicketNumberFormat.MaxPrefixLength} upper-case letters.", $"gồm 1–{TicketNumberFormat.MaxPrefixLength} chữ cái in hoa.");
        check.KeyMatches("prefix", s.Prefix);
        var name = check.Name("name", s.Name);
        var departments = check.References("departments", s.Departments, CatalogueEntityTypes.Department, required: true);
        if (!Enum.IsDefined(s.Priority))
            throw check.Invalid("priority", "must be Strict or Interleaved.", "phải là Strict hoặc Interleaved.");
        if (s.NormalsBetween is < 1 or > CatalogueRules.MaxNormalsBetween)
            throw check.Invalid("normalsBetween", $"must be 1-{CatalogueRules.MaxNormalsBetween}.", $"phải từ 1 đến {CatalogueRules.MaxNormalsBetween}.");
        return new ServiceEntity(s.Prefix, name, departments, s.Priority, s.NormalsBetween);
    }

    private static ProcedureEntity Procedure(Check check, ProcedureEntity p)
    {
        if (!CatalogueRules.IsProcedureCode(p.Code))
            throw check.Invalid("code", "must be upper-case letters, digits, '-' or '.'.", "chỉ gồm chữ in hoa không dấu, chữ số, '-' hoặc '.'.");
        check.KeyMatches("code", p.Code);
        var name = check.Name("name", p.Name);
        var department = check.References("department", [p.Department], CatalogueEntityTypes.Department, required: true, single: true)[0];
        if (p.ProcessingDays is < 0 or > CatalogueRules.MaxProcessingDays)
            throw check.Invalid("processingDays", $"must be 0-{CatalogueRules.MaxProcessingDays} working days.", $"phải từ 0 đến {CatalogueRules.MaxProcessingDays} ngày làm việc.");
        if (p.Fee < 0)
            throw check.Invalid("fee", "must not be negative.", "lệ phí không được âm.");
        var documents = new List<string>(p.Documents.Count);
        for (var i = 0; i < p.Documents.Count; i++)
            documents.Add(check.Name($"documents[{i}]", p.Documents[i]));
        return new ProcedureEntity(p.Code, name, department, p.ProcessingDays, p.Fee, documents, p.Electronic);
    }

    private static CounterEntity Counter(Check check, CounterEntity c)
    {
        if (c.Number is < 1 or > CatalogueRules.MaxCounterNumber)
            throw check.Invalid("number", $"must be 1-{CatalogueRules.MaxCounterNumber}.", $"phải từ 1 đến {CatalogueRules.MaxCounterNumber}.");
        check.KeyMatches("number", c.Number.ToString(CultureInfo.InvariantCulture));
        var services = check.References("services", c.Services, CatalogueEntityTypes.Service, required: true);
        var departments = check.References("departments", c.Departments, CatalogueEntityTypes.Department, required: false);
        return new CounterEntity(c.Number, services, departments, c.Shared);
    }

    private static OfficerEntity Officer(Check check, OfficerEntity o)
    {
        if (!CatalogueRules.IsOfficerId(o.Id))
            throw check.Invalid("id", $"must be 1-{CatalogueRules.MaxOfficerIdLength} ASCII letters, digits, '.', '_' or '-'.", "chỉ gồm chữ không dấu, chữ số, '.', '_' hoặc '-'.");
        check.KeyMatches("id", o.Id);
        var name = check.Name("name", o.Name);
        var title = check.Name("title", o.Title);
        var department = check.References("department", [o.Department], CatalogueEntityTypes.Department, required: true, single: true)[0];
        var phone = o.Phone.Trim();
        if (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-'))
            throw check.Invalid("phone", "must be at most 20 digits, spaces, '+', '.' or '-'.", "số điện thoại không hợp lệ.");
        if (!CredentialHash.IsWellFormed(o.PinHash))
            throw check.Invalid("pinHash", "is not a PIN hash (pbkdf2-sha256$iterations$salt$hash).", "mã PIN chưa được băm đúng định dạng.");
        if (o.BadgeHash is not null && !CredentialHash.IsWellFormed(o.BadgeHash))
            throw check.Invalid("badgeHash", "is not a badge hash (pbkdf2-sha256$iterations$salt$hash).", "mã thẻ chưa được băm đúng định dạng.");
        return new OfficerEntity(o.Id, name, title, department, phone, o.PinHash, o.BadgeHash, o.Active);
    }

    private static PriorityCategoryEntity PriorityCategory(Check check, PriorityCategoryEntity p)
    {
        if (!CatalogueRules.IsSlug(p.Id))
            throw check.Invalid("id", "must be a slug: lower-case letters, digits and '-'.", "chỉ gồm chữ thường không dấu, chữ số và '-'.");
        check.KeyMatches("id", p.Id);
        return new PriorityCategoryEntity(p.Id, check.Name("name", p.Name));
    }

    /// <summary>The entry being checked: builds the exceptions and resolves references.</summary>
    private sealed class Check(string entityType, string id, IEntitySession entities)
    {
        public string Id { get; } = id;

        public InvalidCatalogueEntryException Invalid(string field, string problem, string vietnamese) =>
            new(entityType, Id, field, problem, vietnamese);

        public void KeyMatches(string field, string key)
        {
            if (!string.Equals(key, Id, StringComparison.Ordinal))
                throw Invalid(field, $"'{key}' differs from the entry id '{Id}'.", $"\"{key}\" khác với mã của mục \"{Id}\".");
        }

        public string Name(string field, string? text)
        {
            var value = text?.Trim().Normalize(NormalizationForm.FormC);
            if (string.IsNullOrEmpty(value))
                throw Invalid(field, "is required.", "không được để trống.");
            if (value.Length > CatalogueRules.MaxNameLength)
                throw Invalid(field, $"is longer than {CatalogueRules.MaxNameLength} characters.", $"dài quá {CatalogueRules.MaxNameLength} ký tự.");
            if (value.Any(char.IsControl))
                throw Invalid(field, "contains control characters.", "chứa ký tự điều khiển.");
            return value;
        }

        public TimeOnly Time(string field, string? text) =>
            CatalogueTime.TryParse(text?.Trim(), out var time)
                ? time
                : throw Invalid(field, $"must be a time of day as {CatalogueTime.Format}.", "giờ phải có dạng HH:mm (ví dụ 07:30).");

        public IReadOnlyList<string> References(string field, IReadOnlyList<string> keys, string type, bool required, bool single = false)
        {
            if (required && keys.Count == 0)
                throw Invalid(field, "must name at least one entry.", "phải chọn ít nhất một mục.");
            var result = new List<string>(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                var at = single ? field : $"{field}[{i}]";
                var key = keys[i]?.Trim();
                if (string.IsNullOrEmpty(key))
                    throw Invalid(at, "is empty.", "không được để trống.");
                if (entities.Get(type, key) is null)
                    throw new CatalogueReferenceNotFoundException(entityType, Id, at, type, key);
                if (!result.Contains(key, StringComparer.Ordinal))
                    result.Add(key);
            }

            return result;
        }
    }
}
