using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.Calculations.Aid;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Calculations.Ris;

namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>
/// Every table the calculations need, parsed and checked in one go from the files of definitions/reference/ that the
/// host reads. <see cref="Load"/> throws one <see cref="ReferenceDataException"/> listing every problem of every file.
/// </summary>
public sealed class CalculationReferenceData
{
    private CalculationReferenceData(ReferenceDataSet set, RisReferenceData ris, HeatingReferenceData heating, Loi65ReferenceData loi65, A036ReferenceData a036, AidReferenceData aid)
    {
        Set = set;
        Ris = ris;
        Heating = heating;
        Loi65 = loi65;
        A036 = a036;
        Aid = aid;
    }

    public ReferenceDataSet Set { get; }

    public RisReferenceData Ris { get; }

    public HeatingReferenceData Heating { get; }

    public Loi65ReferenceData Loi65 { get; }

    public A036ReferenceData A036 { get; }

    public AidReferenceData Aid { get; }

    /// <exception cref="ReferenceDataException">A file is invalid or a table the calculations need is missing or incomplete.</exception>
    public static CalculationReferenceData Load(IEnumerable<ReferenceDataSource> sources)
    {
        var set = ReferenceDataSet.Parse(sources);
        var errors = new List<ReferenceDataError>();
        var ris = Collect(() => RisReferenceData.From(set), errors);
        var heating = Collect(() => HeatingReferenceData.From(set), errors);
        var loi65 = Collect(() => Loi65ReferenceData.From(set), errors);
        var a036 = Collect(() => A036ReferenceData.From(set), errors);
        var aid = Collect(() => AidReferenceData.From(set), errors);
        if (errors.Count > 0)
        {
            throw new ReferenceDataException(errors);
        }

        return new CalculationReferenceData(set, ris!, heating!, loi65!, a036!, aid!);
    }

    /// <summary>Loads every *.json file of <paramref name="folder"/> (definitions/reference), in name order.</summary>
    /// <exception cref="ReferenceDataException">A file is invalid or a table the calculations need is missing or incomplete.</exception>
    public static CalculationReferenceData LoadFolder(string folder) =>
        Load(Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), File.ReadAllText(path))));

    private static T? Collect<T>(Func<T> build, List<ReferenceDataError> errors)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ReferenceDataException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }
    }
}
