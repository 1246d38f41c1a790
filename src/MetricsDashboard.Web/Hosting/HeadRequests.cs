namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// HEAD answers wherever GET does (link checkers, monitors, curl -I): Razor component pages are
/// mapped for GET and POST only, so without this every page answered HEAD with 404.
/// </summary>
public static class HeadRequests
{
    /// <summary>Adds HEAD to every endpoint of <paramref name="builder"/> that accepts GET.</summary>
    public static TBuilder AllowHeadWhereGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault();
            if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }

    /// <summary>
    /// A HEAD response carries the GET's status and headers but no body. Kestrel drops the body of a
    /// HEAD itself; this also spares rendering it into the socket and keeps in-memory hosts honest.
    /// </summary>
    public static WebApplication UseHeadWithoutBody(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Body = Stream.Null;
            }
            return next(context);
        });
        return app;
    }
}
