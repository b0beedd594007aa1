package dev.switchboard.intake.classification.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.classification.CategoryTree;
import dev.switchboard.intake.classification.LabelledCsv;
import dev.switchboard.intake.classification.LabelledSample;
import dev.switchboard.intake.classification.OpenNlpTicketClassifier;
import dev.switchboard.intake.classification.RetrainResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/admin/classifier")
public class ClassifierAdminResource {

  static final String TEXT_CSV = "text/csv";

  private final OpenNlpTicketClassifier classifier;
  private final CategoryTree tree;

  ClassifierAdminResource(OpenNlpTicketClassifier classifier, CategoryTree tree) {
    this.classifier = classifier;
    this.tree = tree;
  }

  @POST
  @Path("/retrain")
  @Consumes(TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Retrain the intake classifier",
      description =
          "Trains new type and category models from the shipped seed set, the uploaded labelled"
              + " export and agents' recorded corrections, then replaces the live model at once."
              + " Columns: text (or subject and description), type, category.")
  @RequestBody(
      content =
          @Content(
              mediaType = TEXT_CSV,
              examples =
                  @ExampleObject(
                      name = "export",
                      value =
                          "subject,description,type,category\n"
                              + "Printer jammed,\"Third floor printer jams on every job\","
                              + "incident,hardware/printer\n"
                              + "New starter,Please create an account for Ana,"
                              + "service_request,access/account\n")))
  @APIResponse(
      responseCode = "200",
      description = "The new model is live",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "retrained",
                      value =
                          "{\"seedSamples\":430,\"uploadedSamples\":2,\"collectedSamples\":17,"
                              + "\"trainedAt\":\"2026-12-03T20:15:00Z\"}")))
  @APIResponse(
      responseCode = "400",
      description = "The CSV is malformed or has unusable rows; the live model is unchanged")
  @APIResponse(responseCode = "403", description = "Only admins retrain the classifier")
  public RetrainResult retrain(String csv) {
    List<LabelledSample> uploaded;
    try {
      uploaded =
          new LabelledCsv(tree, LabelledCsv.UnknownCategory.REJECT)
              .read(new StringReader(csv == null ? "" : csv));
    } catch (LabelledCsv.InvalidLabelsException e) {
      throw ApiProblem.invalid(
          e.errors().stream().map(error -> new FieldError("csv", error)).toList());
    }
    return classifier.retrain(uploaded);
  }
}
