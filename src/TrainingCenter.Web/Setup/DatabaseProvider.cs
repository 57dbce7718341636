namespace TrainingCenter.Web.Setup;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
