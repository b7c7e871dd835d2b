package co.gestionabierta.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dependencia of the entity (secretaría, departamento administrativo, oficina…). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{2,20}", message = "{department.code.invalid}")
    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private DepartmentKind kind;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String name, DepartmentKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void update(String newName, DepartmentKind newKind, boolean isActive) {
        this.name = newName;
        this.kind = newKind;
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Department department && id != null && id.equals(department.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
