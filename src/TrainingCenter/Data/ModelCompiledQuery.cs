using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TrainingCenter.Data;

/// <summary>
/// A hot query compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>
/// and its kin) for each model it meets, so a call skips building the query's expression tree, hashing it for the query
/// cache and extracting its parameters. EF's compiled query refuses a context of another model than the first it ran
/// with, and each database provider has a model of its own (the tests run several in one process): hence one per model.
/// A statement EF cannot compile (an <c>ExecuteUpdate</c>) can be kept the same way, as SQL written once per model.
/// </summary>
public sealed class ModelCompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = new();

    public TQuery For(DbContext db) => byModel.TryGetValue(db.Model, out var query) ? query : byModel.GetValue(db.Model, _ => compile());
}
