package co.gestionabierta.commitment.web;

import co.gestionabierta.commitment.CommitmentForm.MilestonePlan;
import co.gestionabierta.commitment.CommitmentRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommitmentEditViewTest {

    @Test
    void milestonesReadOnePerLine() {
        assertEquals(List.of(new MilestonePlan("Contrato firmado", LocalDate.of(2027, 3, 31)),
                        new MilestonePlan("Obra; fase 1", null),
                        new MilestonePlan("Entrega a la comunidad", null)),
                CommitmentEditView.milestonePlans("Contrato firmado; 2027-03-31\r\n\nObra; fase 1\nEntrega a la comunidad  "));
        assertEquals(List.of(), CommitmentEditView.milestonePlans(null));
    }

    @Test
    void milestoneImpossibleDateNamesLine() {
        CommitmentRuleException error = assertThrows(CommitmentRuleException.class,
                () -> CommitmentEditView.milestonePlans("Diseño\nContrato; 2027-02-30"));

        assertEquals("commitment.rule.milestoneDate", error.getMessageKey());
        assertEquals(List.of(2, "2027-02-30"), List.of(error.getArguments()));
    }

    @Test
    void milestoneOtherDateFormRejected() {
        for (String date : new String[]{"31/03/2027", "2027-3-31", "31.03.2027"}) {
            CommitmentRuleException error = assertThrows(CommitmentRuleException.class,
                    () -> CommitmentEditView.milestonePlans("Contrato firmado; " + date));
            assertEquals(List.of(1, date), List.of(error.getArguments()), date);
        }
    }
}
