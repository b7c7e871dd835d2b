package co.gestionabierta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A hito: a step of a commitment, reached when a progress update reports it. */
@Entity
@Table(name = "commitment_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "reached_on")
    private LocalDate reachedOn;

    protected Milestone() {
    }

    Milestone(Commitment commitment, int position, String title, LocalDate dueOn) {
        this.commitment = commitment;
        this.position = position;
        this.title = title;
        this.dueOn = dueOn;
    }

    void reach(LocalDate on) {
        if (reachedOn != null) {
            throw new CommitmentRuleException("commitment.rule.milestoneReached", title);
        }
        reachedOn = on;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public boolean isReached() {
        return reachedOn != null;
    }
}
