package co.gestionabierta.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A strategic line of the development plan with its measured progress at a cut-off date. */
@Entity
@Table(name = "development_plan_line")
public class DevelopmentPlanLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Column(name = "plan_period", nullable = false, length = 20)
    private String planPeriod;

    @NotBlank
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "progress_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal progressPercent;

    @NotNull
    @Column(name = "cutoff_on", nullable = false)
    private LocalDate cutoffOn;

    protected DevelopmentPlanLine() {
    }

    public DevelopmentPlanLine(String planPeriod, String name, BigDecimal progressPercent, LocalDate cutoffOn) {
        this.planPeriod = planPeriod;
        this.name = name;
        this.progressPercent = progressPercent;
        this.cutoffOn = cutoffOn;
    }

    public Long getId() {
        return id;
    }

    public String getPlanPeriod() {
        return planPeriod;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getProgressPercent() {
        return progressPercent;
    }

    public LocalDate getCutoffOn() {
        return cutoffOn;
    }
}
